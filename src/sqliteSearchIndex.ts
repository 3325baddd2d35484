import { existsSync } from 'node:fs'

import Database from 'libsql'
import type { BaseDatabaseAdapter, Payload } from 'payload'

type Connection = { exec: (sql: string) => void; prepare: (sql: string) => { get: (...params: unknown[]) => unknown }; close: () => void }

/** The full-text index of the read model's stems: an FTS5 table over `listings.search_stems`. */
export const searchIndexTable = 'listings_fts'

// External content (the stems stay in `listings` alone); unicode61 without folding diacritics, so
// "й" and "и" stay apart as they do in the stems themselves.
const create = [
  `CREATE VIRTUAL TABLE ${searchIndexTable} USING fts5(search_stems, content='listings', content_rowid='id', tokenize='unicode61 remove_diacritics 0')`,
  // Kept by triggers, so every write to the read model keeps it, from any Payload instance or process.
  `CREATE TRIGGER ${searchIndexTable}_insert AFTER INSERT ON listings BEGIN
     INSERT INTO ${searchIndexTable}(rowid, search_stems) VALUES (new.id, new.search_stems); END`,
  `CREATE TRIGGER ${searchIndexTable}_delete AFTER DELETE ON listings BEGIN
     INSERT INTO ${searchIndexTable}(${searchIndexTable}, rowid, search_stems) VALUES ('delete', old.id, old.search_stems); END`,
  `CREATE TRIGGER ${searchIndexTable}_update AFTER UPDATE ON listings BEGIN
     INSERT INTO ${searchIndexTable}(${searchIndexTable}, rowid, search_stems) VALUES ('delete', old.id, old.search_stems);
     INSERT INTO ${searchIndexTable}(rowid, search_stems) VALUES (new.id, new.search_stems); END`,
  `INSERT INTO ${searchIndexTable}(${searchIndexTable}) VALUES ('rebuild')`,
]

const drop = [
  `DROP TRIGGER IF EXISTS ${searchIndexTable}_insert`,
  `DROP TRIGGER IF EXISTS ${searchIndexTable}_delete`,
  `DROP TRIGGER IF EXISTS ${searchIndexTable}_update`,
  `DROP TABLE IF EXISTS ${searchIndexTable}`,
]

const withConnection = (file: string, work: (db: Connection) => void): void => {
  const db = new Database(file) as unknown as Connection
  try {
    db.exec('PRAGMA busy_timeout = 5000')
    work(db)
  } finally {
    db.close()
  }
}

/** Makes the index, its triggers and its contents where any of them is missing (a migration that rebuilds `listings` drops its triggers). */
export const ensureSearchIndex = (file: string): void =>
  withConnection(file, (db) => {
    const names = [searchIndexTable, ...['insert', 'delete', 'update'].map((event) => `${searchIndexTable}_${event}`)]
    const complete = () => Number((db.prepare('SELECT count(*) AS n FROM sqlite_master WHERE name IN (?, ?, ?, ?)').get(...names) as { n: number }).n) === names.length
    // The usual case, and the only one where another connection of this process may be writing: a read, no lock.
    if (complete()) return
    // In a transaction of its own, so an instance starting beside this one finds it whole or not at all.
    db.exec('BEGIN IMMEDIATE')
    try {
      // The listings table is there once the schema is pushed or migrated.
      const listings = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'listings'").get()
      if (!complete() && listings) {
        drop.forEach((sql) => db.exec(sql))
        create.forEach((sql) => db.exec(sql))
      }
      db.exec('COMMIT')
    } catch (error) {
      db.exec('ROLLBACK')
      throw error
    }
  })

export const dropSearchIndex = (file: string): void => withConnection(file, (db) => drop.forEach((sql) => db.exec(sql)))

/**
 * Keeps SQLite's full-text index of the read model beside Payload's schema,
 * which knows nothing of it. Drizzle's development schema push would see it
 * as a table to drop (and ask), so where the schema is pushed it is dropped
 * before the push and made again after it; where migrations run, it is made
 * once, from the rows already there, and kept by its triggers from then on.
 */
export const withSqliteSearchIndex = <A extends Pick<BaseDatabaseAdapter, 'connect'>>(adapter: A, file: string, { push }: { push: boolean }): A => {
  const connect = adapter.connect?.bind(adapter)
  if (!connect) return adapter
  adapter.connect = async (options) => {
    if (push && existsSync(file)) dropSearchIndex(file)
    await connect(options)
    try {
      ensureSearchIndex(file)
    } catch (error) {
      // Search scans instead while the index is missing; the next start makes it.
      ;(adapter as { payload?: Payload }).payload?.logger.warn({ err: error, msg: 'search: the full-text index could not be made; search scans instead' })
    }
  }
  return adapter
}
