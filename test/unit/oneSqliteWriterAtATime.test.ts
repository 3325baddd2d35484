import type { BaseDatabaseAdapter } from 'payload'
import { describe, expect, it } from 'vitest'

import { oneSqliteWriterAtATime } from '../../src/oneSqliteWriterAtATime'

/** An adapter whose transactions only record when they begin and end; `warnings` collects what it logs. */
const fakeAdapter = () => {
  const events: string[] = []
  const warnings: string[] = []
  const pragmas: string[] = []
  let next = 0
  const adapter = {
    busyTimeout: 5000,
    client: { execute: async (query: string) => void pragmas.push(query) },
    payload: { logger: { warn: (message: string) => void warnings.push(message) } },
    beginTransaction: async () => {
      const id = `tx${++next}`
      events.push(`begin ${id}`)
      return id
    },
    commitTransaction: async (id: string) => void events.push(`commit ${id}`),
    rollbackTransaction: async (id: string) => void events.push(`rollback ${id}`),
    updateOne: async ({ req }: { req?: { transactionID?: string } }) => void events.push(`updateOne ${req?.transactionID ? `in ${req.transactionID}` : ''}`.trim()),
    // As the drizzle adapters do it.
    upsert(this: { updateOne: (args: object) => Promise<void> }, args: object) {
      return this.updateOne(args)
    },
  } as unknown as BaseDatabaseAdapter & { busyTimeout: number }
  return { adapter, events, warnings, pragmas }
}

/**
 * Runs `work` as a request of its own would: code that begins a transaction
 * is inside it from then on, so each test's requests must not share a chain.
 */
const elsewhere = async <T>(work: () => Promise<T>): Promise<T> => {
  await null
  return work()
}

describe('one SQLite writer at a time', () => {
  it('begins a second transaction only once the first has committed, in the order they asked', async () => {
    const { adapter: raw, events } = fakeAdapter()
    const adapter = oneSqliteWriterAtATime(raw)
    const first = await elsewhere(() => adapter.beginTransaction())
    const second = elsewhere(() => adapter.beginTransaction())
    const third = elsewhere(() => adapter.beginTransaction())
    expect(events).toEqual(['begin tx1'])
    await adapter.commitTransaction(first as string)
    const secondId = await second
    expect(events).toEqual(['begin tx1', 'commit tx1', 'begin tx2'])
    await adapter.rollbackTransaction(secondId as string)
    await adapter.commitTransaction((await third) as string)
    expect(events).toEqual(['begin tx1', 'commit tx1', 'begin tx2', 'rollback tx2', 'begin tx3', 'commit tx3'])
  })

  it('passes the turn once when a transaction is ended twice, as operations sharing it do', async () => {
    const { adapter: raw, events } = fakeAdapter()
    const adapter = oneSqliteWriterAtATime(raw)
    const first = (await elsewhere(() => adapter.beginTransaction())) as string
    const second = elsewhere(() => adapter.beginTransaction())
    const third = elsewhere(() => adapter.beginTransaction())
    await adapter.commitTransaction(first)
    await adapter.commitTransaction(first)
    await second
    expect(events.filter((event) => event.startsWith('begin'))).toEqual(['begin tx1', 'begin tx2'])
    void third
  })

  it('gives up with a 503 and a warning when a write waits too long for its turn', async () => {
    const { adapter: raw, warnings } = fakeAdapter()
    const adapter = oneSqliteWriterAtATime(raw, { maxWaitMs: 20 })
    const held = (await elsewhere(() => adapter.beginTransaction())) as string
    await expect(elsewhere(() => adapter.beginTransaction())).rejects.toMatchObject({ status: 503, message: expect.stringMatching(/database is busy/) })
    expect(warnings).toEqual([expect.stringMatching(/gave up after waiting 20 ms/)])
    // The queue still works for the next one.
    await adapter.commitTransaction(held)
    expect(await elsewhere(() => adapter.beginTransaction())).toBe('tx2')
  })

  it("queues a write made outside any transaction behind the open one, and lets the transaction's own writes through", async () => {
    const { adapter: raw, events } = fakeAdapter()
    const adapter = oneSqliteWriterAtATime(raw)
    const id = (await elsewhere(() => adapter.beginTransaction())) as string
    await adapter.updateOne({ collection: 'statements', data: {}, req: { transactionID: id } } as never)
    const outside = adapter.updateOne({ collection: 'payload-jobs', data: {} } as never)
    expect(events).toEqual(['begin tx1', 'updateOne in tx1'])
    await adapter.commitTransaction(id)
    await outside
    expect(events).toEqual(['begin tx1', 'updateOne in tx1', 'commit tx1', 'updateOne'])
  })

  it('runs a write made outside any transaction, by code inside one it began, in that transaction instead of waiting for it', async () => {
    const { adapter: raw, events } = fakeAdapter()
    const adapter = oneSqliteWriterAtATime(raw, { maxWaitMs: 1000 })
    // As forgot-password does: begin, then reserve the request interval outside the transaction, then save in it.
    const reset = elsewhere(async () => {
      const id = (await adapter.beginTransaction()) as string
      await adapter.updateOne({ collection: 'users', data: {}, req: { transactionID: undefined } } as never)
      await adapter.updateOne({ collection: 'users', data: {}, req: { transactionID: id } } as never)
      await adapter.commitTransaction(id)
      // Once it has ended, the same code's writes outside a transaction take their turn again.
      await adapter.updateOne({ collection: 'users', data: {} } as never)
    })
    const someoneElse = elsewhere(() => adapter.updateOne({ collection: 'statements', data: {} } as never))
    await Promise.all([reset, someoneElse])
    expect(events).toEqual(['begin tx1', 'updateOne in tx1', 'updateOne in tx1', 'commit tx1', 'updateOne', 'updateOne'])
  })

  it("makes a transaction begun inside an open one that same transaction (the job runner's, run with a req)", async () => {
    const { adapter: raw, events } = fakeAdapter()
    const adapter = oneSqliteWriterAtATime(raw, { maxWaitMs: 1000 })
    let began = () => {}
    const outerBegan = new Promise<void>((resolve) => (began = resolve))
    const request = elsewhere(async () => {
      const outer = (await adapter.beginTransaction()) as string
      began()
      const inner = await adapter.beginTransaction()
      expect(inner).toBeNull()
      await adapter.updateOne({ collection: 'payload-jobs', data: {}, req: { transactionID: inner } } as never)
      await adapter.commitTransaction(outer)
    })
    // Another request's transaction waits for the outer one to end.
    const other = outerBegan.then(() => elsewhere(async () => adapter.commitTransaction((await adapter.beginTransaction()) as string)))
    await Promise.all([request, other])
    expect(events).toEqual(['begin tx1', 'updateOne in tx1', 'commit tx1', 'begin tx2', 'commit tx2'])
  })

  it('lets a write that has the turn call another write (upsert calls updateOne)', async () => {
    const { adapter: raw, events } = fakeAdapter()
    const adapter = oneSqliteWriterAtATime(raw, { maxWaitMs: 1000 })
    await adapter.upsert({ collection: 'payload-jobs', data: {}, where: {} } as never)
    expect(events).toEqual(['updateOne'])
  })

  it("shares one queue between two adapters on the same file, as the server's and Next's Payloads are", async () => {
    const first = oneSqliteWriterAtATime(fakeAdapter().adapter, { file: '/tmp/shared-queue-test.db' })
    const { adapter: raw, events } = fakeAdapter()
    const second = oneSqliteWriterAtATime(raw, { file: '/tmp/shared-queue-test.db' })
    const held = (await elsewhere(() => first.beginTransaction())) as string
    const waiting = elsewhere(() => second.beginTransaction())
    expect(events).toEqual([])
    await first.commitTransaction(held)
    await second.commitTransaction((await waiting) as string)
    expect(events).toEqual(['begin tx1', 'commit tx1'])
  })
})
