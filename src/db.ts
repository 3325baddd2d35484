import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'

import { postgresLocaleParentIndexes, sqliteLocaleParentIndexes } from './localeTableIndexes'
import { ConfigError } from './env'
import { migrations as postgresMigrations } from './migrations/postgres'
import { migrations as sqliteMigrations } from './migrations/sqlite'
import { oneSqliteWriterAtATime } from './oneSqliteWriterAtATime'
import { postgresCommitsOrFails } from './postgresCommitsOrFails'
import { postgresSearchIndex } from './postgresSearchIndex'
import { projectRoot } from './projectRoot'
import { withSqliteReads } from './sqliteReadConnection'
import { withSqliteSearchIndex } from './sqliteSearchIndex'
import { resilientPg } from './resilientPg'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export type DatabaseTarget =
  | { kind: 'sqlite'; url: string; file: string }
  | { kind: 'postgres'; url: string }
  | { kind: 'mongodb'; url: string }

const migrationsRoot = path.join(projectRoot, 'src/migrations')

/** Reads DATABASE_URI and says which database it names; throws a ConfigError naming the problem. */
export const parseDatabaseUri = (uri: string): DatabaseTarget => {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(uri)?.[1]?.toLowerCase()
  switch (scheme) {
    case 'file': {
      const file = uri.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
      if (!file) throw new ConfigError(`DATABASE_URI "${uri}" names no SQLite file (write file:./data/cms.db)`)
      return { kind: 'sqlite', url: uri, file: path.resolve(file) }
    }
    case 'postgres':
    case 'postgresql': {
      assertUrl(uri)
      return { kind: 'postgres', url: uri }
    }
    case 'mongodb':
    case 'mongodb+srv': {
      assertUrl(uri)
      return { kind: 'mongodb', url: uri }
    }
    case undefined:
      throw new ConfigError(
        `DATABASE_URI "${redact(uri)}" is malformed: expected file:, postgres://, postgresql://, mongodb:// or mongodb+srv://`,
      )
    default:
      throw new ConfigError(
        `DATABASE_URI scheme "${scheme}:" is not supported: use file: (SQLite), postgres:// (PostgreSQL) or mongodb:// (MongoDB)`,
      )
  }
}

const assertUrl = (uri: string): void => {
  let host = ''
  try {
    host = new URL(uri).host
  } catch {
    throw new ConfigError(`DATABASE_URI "${redact(uri)}" is not a valid URL`)
  }
  if (!host) throw new ConfigError(`DATABASE_URI "${redact(uri)}" names no host`)
}

/** Hides a password in a connection string before it is printed. */
export const redact = (uri: string): string => uri.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@')

/** Push the schema in development and tests; run the committed migrations in production. */
export const databaseAdapter = (target: DatabaseTarget, { production }: { production: boolean }): DatabaseAdapterObj => {
  switch (target.kind) {
    case 'sqlite': {
      mkdirSync(path.dirname(target.file), { recursive: true })
      const adapter = sqliteAdapter({
        client: { url: `file:${target.file}` },
        // WAL: readers never wait for a writer. synchronous=NORMAL (what Rails and most SQLite
        // deployments choose with WAL) syncs at checkpoints rather than on every commit: a crashed
        // process loses nothing, a power cut at worst the last commits, and the file stays intact.
        // Every write costing an fsync made seeding 4 ms an insert.
        wal: { synchronous: 'NORMAL' },
        // Off by default in this adapter: a save that failed half-way would leave half of it written.
        transactionOptions: {},
        // Another process writing to the file (a migration run by hand) is waited for this long; this one's writes queue.
        busyTimeout: 5000,
        migrationDir: path.join(migrationsRoot, 'sqlite'),
        prodMigrations: sqliteMigrations,
        push: !production,
        afterSchemaInit: [sqliteLocaleParentIndexes],
      })
      return {
        ...adapter,
        init: (args) =>
          withSqliteSearchIndex(withSqliteReads(oneSqliteWriterAtATime(adapter.init(args), { file: target.file }), target.file), target.file, { push: !production }),
      }
    }
    case 'postgres': {
      const adapter = postgresAdapter({
        // Lost connections are dropped and replaced instead of crashing the process.
        pg: resilientPg(),
        pool: { connectionString: target.url, connectionTimeoutMillis: 5000 },
        migrationDir: path.join(migrationsRoot, 'postgres'),
        prodMigrations: postgresMigrations,
        push: !production,
        afterSchemaInit: [postgresLocaleParentIndexes, postgresSearchIndex],
      })
      return { ...adapter, init: (args) => postgresCommitsOrFails(adapter.init(args)) }
    }
    case 'mongodb':
      // MongoDB has no schema to migrate; indexes are created from the config.
      return mongooseAdapter({ url: target.url })
  }
}
