import { AsyncLocalStorage } from 'node:async_hooks'

import { APIError, type BaseDatabaseAdapter } from 'payload'

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

type Turns = { writing: boolean; waiting: (() => void)[]; hasTurn: AsyncLocalStorage<true> }

// On globalThis, like the page cache's emitter: Next's route handlers build a Payload of their own, with
// its own adapter on the same file, from a separate copy of this module.
const queuesKey = Symbol.for('statements-cms.sqliteWriteQueues')
const queues = ((globalThis as { [queuesKey]?: Map<string, Turns> })[queuesKey] ??= new Map<string, Turns>())

const newTurns = (): Turns => ({ writing: false, waiting: [], hasTurn: new AsyncLocalStorage<true>() })
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
 * A transaction that is never ended holds the queue: a write that waits past
 * `maxWaitMs` gives up (503) and says so in the log. One way to get there is a
 * hook making a Local API write without passing `req`: it waits for the very
 * transaction it runs in.
 */
export const oneSqliteWriterAtATime = <A extends SqliteAdapter>(adapter: A, { maxWaitMs = 30_000, file }: OneWriterOptions = {}): A => {
  const begin = adapter.beginTransaction.bind(adapter)
  const commit = adapter.commitTransaction.bind(adapter)
  const rollback = adapter.rollbackTransaction.bind(adapter)
  const turns = turnsFor(file)
  const { waiting } = turns
  const held = new Set<number | string>()
  // A write that has the turn may call another (upsert calls updateOne): it must not queue behind itself.
  const { hasTurn } = turns

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

  adapter.beginTransaction = async (options) => {
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
  adapter.commitTransaction = (id) => end(id, commit)
  adapter.rollbackTransaction = (id) => end(id, rollback)
  const writes = adapter as unknown as Record<string, ((args?: { req?: { transactionID?: unknown } }) => Promise<unknown>) | undefined>
  for (const name of writeMethods) {
    const write = writes[name]?.bind(adapter)
    if (!write) continue
    writes[name] = async (args) => {
      // CASE: part of a transaction, or of a write, that already has the turn.
      if (args?.req?.transactionID || hasTurn.getStore()) return write(args)
      await takeTurn()
      try {
        return await hasTurn.run(true, () => write(args))
      } finally {
        passTurn()
      }
    }
  }
  return adapter
}
