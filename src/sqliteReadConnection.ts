import Database from 'libsql'

type Statement = { get: (...params: unknown[]) => unknown; all: (...params: unknown[]) => unknown[] }
type ReadConnection = { prepare: (sql: string) => Statement; exec: (sql: string) => void; close: () => void }

export type SqliteReads = {
  /** A statement prepared once on the read-only connection, kept for the adapter's life. */
  prepared: (sql: string) => Statement
}

const readsKey = Symbol.for('statements-cms.sqliteReads')

type Adapter = { destroy?: () => Promise<void>; [readsKey]?: SqliteReads }

/**
 * A read-only connection of the process's own beside Payload's, for the
 * public site's hottest reads of the read model: statement pages, lists and
 * search (render/data/pageRows.ts, listRows.ts, search.ts). Through the
 * Local API a statement page's row costs about 0.7 ms of CPU (query
 * building, the async client's row objects, field hooks); a statement
 * prepared once on this connection costs about 0.06 ms. In WAL mode it
 * reads the last committed state and does not wait for a writer; it refuses
 * writes (query_only). Opened on first use, closed with the adapter.
 */
export const withSqliteReads = <A extends Adapter>(adapter: A, file: string): A => {
  let connection: ReadConnection | undefined
  const statements = new Map<string, Statement>()
  const open = (): ReadConnection => {
    if (connection) return connection
    connection = new Database(file) as unknown as ReadConnection
    // libsql 0.4 ignores the readonly option: the connection refuses writes itself.
    connection.exec('PRAGMA query_only = ON')
    // A read waits briefly in the rare case SQLite asks it to (a WAL reset), not at all otherwise.
    connection.exec('PRAGMA busy_timeout = 200')
    return connection
  }
  adapter[readsKey] = {
    prepared: (sql) => {
      let statement = statements.get(sql)
      if (!statement) {
        statement = open().prepare(sql)
        statements.set(sql, statement)
      }
      return statement
    },
  }
  const destroy = adapter.destroy?.bind(adapter)
  adapter.destroy = async () => {
    statements.clear()
    connection?.close()
    connection = undefined
    await destroy?.()
  }
  return adapter
}

/** The adapter's read-only connection, when it is SQLite's. */
export const sqliteReadsOf = (adapter: unknown): SqliteReads | undefined => (adapter as Adapter)[readsKey]
