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
    updateOne: async ({ req }: { req?: object }) => void events.push(`updateOne ${req ? 'with req' : ''}`.trim()),
    // As the drizzle adapters do it.
    upsert(this: { updateOne: (args: object) => Promise<void> }, args: object) {
      return this.updateOne(args)
    },
  } as unknown as BaseDatabaseAdapter & { busyTimeout: number }
  return { adapter, events, warnings, pragmas }
}

describe('one SQLite writer at a time', () => {
  it('begins a second transaction only once the first has committed, in the order they asked', async () => {
    const { adapter: raw, events } = fakeAdapter()
    const adapter = oneSqliteWriterAtATime(raw)
    const first = await adapter.beginTransaction()
    const second = adapter.beginTransaction()
    const third = adapter.beginTransaction()
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
    const first = (await adapter.beginTransaction()) as string
    const second = adapter.beginTransaction()
    const third = adapter.beginTransaction()
    await adapter.commitTransaction(first)
    await adapter.commitTransaction(first)
    await second
    expect(events.filter((event) => event.startsWith('begin'))).toEqual(['begin tx1', 'begin tx2'])
    void third
  })

  it('gives up with a 503 and a warning when a write waits too long for its turn', async () => {
    const { adapter: raw, warnings } = fakeAdapter()
    const adapter = oneSqliteWriterAtATime(raw, { maxWaitMs: 20 })
    const held = (await adapter.beginTransaction()) as string
    await expect(adapter.beginTransaction()).rejects.toMatchObject({ status: 503, message: expect.stringMatching(/database is busy/) })
    expect(warnings).toEqual([expect.stringMatching(/gave up after waiting 20 ms/)])
    // The queue still works for the next one.
    await adapter.commitTransaction(held)
    expect(await adapter.beginTransaction()).toBe('tx2')
  })

  it("queues a write made outside any transaction behind the open one, and lets the transaction's own writes through", async () => {
    const { adapter: raw, events } = fakeAdapter()
    const adapter = oneSqliteWriterAtATime(raw)
    const id = (await adapter.beginTransaction()) as string
    await adapter.updateOne({ collection: 'statements', data: {}, req: { transactionID: id } } as never)
    const outside = adapter.updateOne({ collection: 'payload-jobs', data: {} } as never)
    expect(events).toEqual(['begin tx1', 'updateOne with req'])
    await adapter.commitTransaction(id)
    await outside
    expect(events).toEqual(['begin tx1', 'updateOne with req', 'commit tx1', 'updateOne'])
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
    const held = (await first.beginTransaction()) as string
    const waiting = second.beginTransaction()
    expect(events).toEqual([])
    await first.commitTransaction(held)
    await second.commitTransaction((await waiting) as string)
    expect(events).toEqual(['begin tx1', 'commit tx1'])
  })
})
