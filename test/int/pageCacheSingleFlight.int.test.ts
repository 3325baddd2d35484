import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createApp } from '../../src/app'
import { PageCache } from '../../src/render/cache/pageCache'
import { lexicalBody } from '../../src/seed/lexicalBody'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/** The moment after a publish empties the cache, when many readers want the same front page at once. */
describe('one render for many readers of the same page', () => {
  let t: TestPayload
  let server: Server
  let base: string
  let cache: PageCache

  beforeAll(async () => {
    t = await startTestPayload('sqlite')
    // Written as seeding is, so no "content changed" announcement (one comes again 300 ms after a
    // write) empties the cache while a test counts renders.
    await t.payload.create({
      collection: 'statements',
      locale: 'en-GB',
      context: { seeding: true },
      data: { title: 'On the grain corridor', slug: 'on-the-grain-corridor', kind: 'comment', publishedAt: '2026-11-20T13:17:00.000Z', body: lexicalBody([{ type: 'paragraph', text: 'Ships sail weekly.' }]), _status: 'published' },
    })
    cache = new PageCache()
    server = createServer(createApp({ payload: t.payload, pageCache: cache })).listen(0)
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    server?.close()
    cache?.close()
    await t?.destroy()
  })

  /**
   * Makes each Local API read of the read model take 150 ms longer, as under load, so all the
   * readers arrive during the first render (search reads through the Local API on every database).
   */
  const slowLists = async <T>(during: () => Promise<T>): Promise<T> => {
    const find = t.payload.find.bind(t.payload)
    t.payload.find = (async (args: Parameters<typeof find>[0]) => {
      if (args.collection === 'listings') await new Promise((resolve) => setTimeout(resolve, 150))
      return find(args)
    }) as typeof find
    try {
      return await during()
    } finally {
      t.payload.find = find
    }
  }

  it('renders a page once when thirty readers ask for it together, and answers them all from that render', async () => {
    for (const path of ['/en/search?q=grain', '/en/search?q=corridor']) {
      cache.clear()
      const [misses, joined] = [cache.misses, cache.joined]
      const answers = await slowLists(() => Promise.all(Array.from({ length: 30 }, () => fetch(base + path).then(async (r) => ({ status: r.status, body: await r.text() })))))
      expect(answers.every((a) => a.status === 200)).toBe(true)
      expect(new Set(answers.map((a) => a.body)).size).toBe(1)
      expect(answers[0]?.body).toContain('On the grain corridor')
      expect(cache.misses - misses).toBe(1)
      expect(cache.joined - joined).toBe(29)
    }
  })

  it('lets each render its own when the one under way is not stored', async () => {
    const [misses, joined] = [cache.misses, cache.joined]
    const answers = await Promise.all(Array.from({ length: 10 }, () => fetch(`${base}/en/statements/no-such-statement`).then((r) => r.status)))
    expect(answers).toEqual(Array(10).fill(404))
    expect(cache.joined - joined).toBe(0)
    expect(cache.misses - misses).toBe(10)
  })
})
