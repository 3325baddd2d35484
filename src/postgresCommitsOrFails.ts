import { randomUUID } from 'node:crypto'

import type { BaseDatabaseAdapter } from 'payload'

type Transaction = object
type Session = { db: Transaction; resolve: () => Promise<void>; reject: () => Promise<void> }
type Drizzle = { transaction: (work: (tx: Transaction) => Promise<void>, options?: unknown) => Promise<void> }
type PostgresAdapter = BaseDatabaseAdapter & {
  drizzle: Drizzle
  initializing?: Promise<void>
  sessions: Record<string, Session>
  transactionOptions?: unknown
}

/** Why a transaction is rolled back when nothing failed inside it: Payload asked. */
class RolledBack extends Error {}

/**
 * Transactions on PostgreSQL whose failed COMMIT is an error, never a success.
 *
 * Payload's drizzle adapter (3.90) holds each transaction open inside
 * drizzle's `transaction()` callback and commits by letting the callback
 * return, after which drizzle sends COMMIT. It catches the promise drizzle
 * returns, to report a connection lost before BEGIN, and so also swallows a
 * COMMIT that failed; its commitTransaction then catches once more. A save
 * whose connection died at COMMIT answered 200 while PostgreSQL had rolled it
 * back (about one publish in 125 with connections killed mid-save). Here the
 * commit awaits drizzle's own outcome and throws the driver's error (a 503,
 * see databaseUnavailableStatus), and a failed BEGIN throws the driver's error
 * too, where Payload's message dropped its cause (a 500). Rollback stays
 * Payload's: it calls the session's `reject`.
 */
export const postgresCommitsOrFails = <A extends BaseDatabaseAdapter>(adapter: A): A => {
  const db = adapter as unknown as PostgresAdapter

  db.beginTransaction = async (options) => {
    await db.initializing
    let began!: (tx: Transaction) => void
    let end!: { commit: () => void; rollback: (reason: RolledBack) => void }
    const ready = new Promise<Transaction>((resolve) => (began = resolve))
    const outcome = db.drizzle.transaction(
      (tx) =>
        new Promise<void>((commit, rollback) => {
          end = { commit, rollback }
          began(tx)
        }),
      options || db.transactionOptions,
    )
    // Rejects with the driver's error when no connection was had or BEGIN failed, before the callback ran.
    const tx = await Promise.race([ready, outcome.then(() => ready)])
    const id = randomUUID()
    db.sessions[id] = {
      db: tx,
      resolve: () => {
        end.commit()
        return outcome
      },
      reject: () => {
        end.rollback(new RolledBack('rolled back'))
        return outcome.catch(() => {})
      },
    }
    return id
  }

  db.commitTransaction = async (incoming) => {
    const id = await incoming
    const session = db.sessions[id]
    // CASE: already ended, by another operation sharing the transaction.
    if (!session) return
    delete db.sessions[id]
    await session.resolve()
  }

  return adapter
}
