import { type Client, createClient, type InStatement, type Transaction, type TransactionMode } from '@libsql/client'

type SqliteAdapterLike = { client?: Client; busyTimeout?: number; wal?: false | { synchronous?: string } }

const begins: Record<TransactionMode, string> = { write: 'BEGIN IMMEDIATE', read: 'BEGIN TRANSACTION READONLY', deferred: 'BEGIN DEFERRED' }

const kept = new WeakSet<Client>()

/**
 * libsql 0.14 hands its connection to each transaction and opens a new one
 * for the client, and a finished transaction never closes the one it took:
 * every save left an open connection behind, until the process could no
 * longer open the database (SQLITE_CANTOPEN; a 10,000-statement seed died at
 * 4,968), and none of those connections had the busy timeout or the
 * synchronous mode Payload sets once. Writes take their turns
 * (oneSqliteWriterAtATime), so one connection kept for transactions serves
 * them all; should one begin while another is open, libsql's own way is used.
 */
export const keepOneTransactionConnection = (adapter: SqliteAdapterLike, file: string): void => {
  const client = adapter.client
  if (typeof client?.transaction !== 'function' || kept.has(client)) return
  kept.add(client)
  const ownTransaction = client.transaction.bind(client)
  const closeClient = client.close.bind(client)
  let connection: Promise<Client> | undefined
  let open = false

  const connect = async (): Promise<Client> => {
    const db = createClient({ url: `file:${file}` })
    if (adapter.busyTimeout) await db.execute(`PRAGMA busy_timeout = ${adapter.busyTimeout}`)
    if (adapter.wal && adapter.wal.synchronous) await db.execute(`PRAGMA synchronous = ${adapter.wal.synchronous}`)
    return db
  }

  client.transaction = async (mode: TransactionMode = 'write'): Promise<Transaction> => {
    if (open) return ownTransaction(mode)
    connection ??= connect()
    const db = await connection
    await db.execute(begins[mode])
    open = true
    const end = async (sql: 'COMMIT' | 'ROLLBACK') => {
      if (!open) return
      try {
        await db.execute(sql)
      } finally {
        open = false
      }
    }
    return {
      execute: (stmt: InStatement | string, args?: unknown) =>
        db.execute(typeof stmt === 'string' ? { sql: stmt, args: (args ?? []) as never } : stmt),
      // One after another on the same connection: the client's own batch would begin a transaction of its own.
      batch: async (stmts: InStatement[]) => {
        const results = []
        for (const stmt of stmts) results.push(await db.execute(stmt))
        return results
      },
      executeMultiple: () => Promise.reject(new Error('executeMultiple is not available inside a transaction here')),
      commit: () => end('COMMIT'),
      rollback: () => end('ROLLBACK'),
      close: () => void end('ROLLBACK'),
      get closed() {
        return !open
      },
    } as unknown as Transaction
  }
  client.close = () => {
    void connection?.then((db) => db.close())
    closeClient()
  }
}
