import { readdirSync } from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../helpers/testPayload'

const openFiles = () => readdirSync('/proc/self/fd').length

/** SQLite saves are transactions: they must not cost the process a connection each. */
describe('SQLite connections', () => {
  let t: TestPayload

  beforeAll(async () => {
    t = await startTestPayload('sqlite')
  })
  afterAll(async () => {
    await t?.destroy()
  })

  it('keeps the same open files however many saves are made', async () => {
    const topic = await t.payload.create({ collection: 'topics', locale: 'en-GB', data: { slug: 'fisheries', name: 'Fisheries', type: 'country' } })
    const before = openFiles()
    for (let i = 0; i < 300; i++) {
      await t.payload.update({ collection: 'topics', id: topic.id, locale: 'en-GB', data: { name: `Fisheries ${i}` } })
    }
    expect(openFiles() - before).toBeLessThan(10)
    const saved = await t.payload.findByID({ collection: 'topics', id: topic.id, locale: 'en-GB' })
    expect(saved.name).toBe('Fisheries 299')
  })

  it('rolls a failed save back on that connection and goes on', async () => {
    const first = await t.payload.create({ collection: 'topics', locale: 'en-GB', data: { slug: 'ports', name: 'Ports', type: 'country' } })
    // The slug is unique: the second save fails in the database, inside its transaction.
    await expect(t.payload.create({ collection: 'topics', locale: 'en-GB', data: { slug: 'ports', name: 'Ports again', type: 'country' } })).rejects.toThrow()
    const after = await t.payload.update({ collection: 'topics', id: first.id, locale: 'en-GB', data: { name: 'Ports and harbours' } })
    expect(after.name).toBe('Ports and harbours')
    const { totalDocs } = await t.payload.count({ collection: 'topics', where: { slug: { equals: 'ports' } } })
    expect(totalDocs).toBe(1)
  })
})
