import { AsyncLocalStorage } from 'node:async_hooks'

import { APIError, type BaseDatabaseAdapter, isolateObjectProperty } from 'payload'

import { keepOneTransactionConnection } from './oneSqliteTransactionConnection'

type SqliteAdapter = BaseDatabaseAdapter & {
  busyTimeout?: number
  client?: { execute: (sql: string) => Promise<unknown> }
}

export type OneWriterOptions = {
  /** How long a write waits for its turn before it gives up with a 503 and a warning in the log. */
  maxWaitMs?: number
  /** The database file: every adapter on it in this process shares one queue. */
  file?: string
}

/**
 * What the running code holds: the turn itself, through a write made outside
 * any transaction, or a transaction it began (open while the adapter holds it).
 */
type Holding = { write: true } | { transaction: Promise<null | number | string> }

type Turns = { writing: boolean; waiting: (() => void)[]; holding: AsyncLocalStorage<Holding> }

// On globalThis, like the page cache's emitter: Next's route handlers build a Payload of their own, with
// its own adapter on the same file, from a separate copy of this module.
const queuesKey = Symbol.for('statements-cms.sqliteWriteQueues')
const queues = ((globalThis as { [queuesKey]?: Map<string, Turns> })[queuesKey] ??= new Map<string, Turns>())

const newTurns = (): Turns => {
  const holding = new AsyncLocalStorage<Holding>()
  // Node tracks promises for a storage only once it has been used: enterWith() below must see every chain apart.
  holding.run({ write: true }, () => {})
  return { writing: false, waiting: [], holding }
}
const turnsFor = (file: string | undefined): Turns => {
  if (file === undefined) return newTurns()
  if (!queues.has(file)) queues.set(file, newTurns())
  return queues.get(file) as Turns
}

// The adapter's writes; Payload's job runner, for one, makes them outside any transaction.
const writeMethods = [
  'create', 'createGlobal', 'createGlobalVersion', 'createVersion', 'deleteMany', 'deleteOne', 'deleteVersions',
  'updateGlobal', 'updateGlobalVersion', 'updateJobs', 'updateMany', 'updateOne', 'updateVersion', 'upsert',
] as const

/**
 * Lets one SQLite write transaction run at a time, the others waiting their
 * turn in order. libsql begins each transaction with BEGIN IMMEDIATE on a
 * connection of its own, and a second one fails at once with SQLITE_BUSY
 * (a 500) while the first holds the write lock. SQLite has one writer anyway;
 * queuing them here costs nothing and turns the failure into a wait.
 * A write made outside any transaction takes a turn too: libsql runs
 * statements synchronously, so waiting on SQLite's busy timeout for a
 * transaction of this same process would only freeze it.
 *
 * Code running inside a transaction it began never waits for that
 * transaction: it would wait for ever. Payload writes outside its operation's
 * transaction on purpose (forgot-password reserves the request interval so
 * that parallel requests see it; the job runner begins transactions of its
 * own, also when run with a `req` in a transaction; a hook may call the
 * Local API without `req`). On SQLite such a write cannot run beside the
 * open transaction, so it joins it: a transaction begun inside it is that
 * same transaction (the adapter answers null, "no transaction of its own"),
 * and a write outside any runs in it, committed or rolled back with it (the
 * failed sign-in counter is written before sign-in begins its transaction,
 * so it stands alone). Which code is inside which transaction follows the
 * async chain that began it (AsyncLocalStorage), from the begin onward.
 *
 * A transaction that is never ended holds the queue: a write that waits past
 * `maxWaitMs` gives up (503) and says so in the log.
 */
export const oneSqliteWriterAtATime = <A extends SqliteAdapter>(adapter: A, { maxWaitMs = 30_000, file }: OneWriterOptions = {}): A => {
  const begin = adapter.beginTransaction.bind(adapter)
  const commit = adapter.commitTransaction.bind(adapter)
  const rollback = adapter.rollbackTransaction.bind(adapter)
  const turns = turnsFor(file)
  const { waiting, holding } = turns
  const held = new Set<number | string>()

  /** The open transaction of this adapter that the running code began, if any. */
  const ownOpenTransaction = async (): Promise<number | string | undefined> => {
    const mine = holding.getStore()
    if (!mine || !('transaction' in mine)) return undefined
    const id = await mine.transaction
    return id !== null && held.has(id) ? id : undefined
  }

  const takeTurn = (): Promise<void> => {
    if (!turns.writing) {
      turns.writing = true
      return Promise.resolve()
    }
    return new Promise<void>((resolve, reject) => {
      const wake = () => {
        clearTimeout(timer)
        resolve()
      }
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(wake), 1)
        adapter.payload.logger.warn(
          `A write gave up after waiting ${maxWaitMs} ms for another SQLite write to end (${waiting.length} still waiting)`,
        )
        reject(new APIError(`The database is busy: the write waited ${maxWaitMs / 1000} s for its turn. Try again.`, 503))
      }, maxWaitMs)
      waiting.push(wake)
    })
  }
  const passTurn = () => {
    const next = waiting.shift()
    if (next) next()
    else turns.writing = false
  }
  // Payload may end one transaction more than once (every operation sharing it tries); only the first passes the turn.
  const end = async (incoming: number | Promise<number | string> | string, how: typeof commit) => {
    const id = await incoming
    try {
      await how(id)
    } finally {
      if (held.delete(id)) passTurn()
    }
  }

  const beginHeld = async (options: Parameters<typeof begin>[0]): Promise<null | number | string> => {
    await takeTurn()
    if (file) keepOneTransactionConnection(adapter as never, file)
    let id: null | number | string
    try {
      id = await begin(options)
    } catch (error) {
      passTurn()
      throw error
    }
    if (id === null) {
      passTurn()
      return id
    }
    held.add(id)
    return id
  }
  adapter.beginTransaction = (options) => {
    const outer = ownOpenTransaction()
    const transaction = outer.then((id) => (id === undefined ? beginHeld(options) : null))
    // Synchronously, so that the caller's code after its await runs marked as inside this transaction.
    holding.enterWith({ transaction: outer.then((id) => id ?? transaction).catch(() => null) })
    return transaction
  }
  adapter.commitTransaction = (id) => end(id, commit)
  adapter.rollbackTransaction = (id) => end(id, rollback)
  type Req = { transactionID?: unknown }
  const writes = adapter as unknown as Record<string, ((args?: { req?: Req }) => Promise<unknown>) | undefined>
  for (const name of writeMethods) {
    const write = writes[name]?.bind(adapter)
    if (!write) continue
    writes[name] = async (args) => {
      // CASE: part of a transaction, or of a write, that already has the turn.
      if (args?.req?.transactionID) return write(args)
      const mine = holding.getStore()
      if (mine && 'write' in mine) return write(args)
      // CASE: made outside the transaction the running code is inside of: it runs in it.
      const own = await ownOpenTransaction()
      if (own !== undefined) return write({ ...args, req: joining(args?.req, own) })
      await takeTurn()
      try {
        return await holding.run({ write: true }, () => write(args))
      } finally {
        passTurn()
      }
    }
  }
  return adapter
}

/** The request as it is, but in the given transaction. */
const joining = (req: object | undefined, transactionID: number | string) => {
  const inTransaction = isolateObjectProperty<{ transactionID?: number | string }>(req ?? {}, 'transactionID')
  inTransaction.transactionID = transactionID
  return inTransaction
}
