import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { NextFunction, Request, Response } from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createApp } from '../../src/app'
import { PageCache } from '../../src/render/cache/pageCache'
import { makeQuietStatement } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/** Each render takes 150 ms longer, as under load, so all the readers arrive while the first is under way. */
class SlowRenders extends PageCache {
  record() {
    const record = super.record()
    return (req: Request, res: Response, next: NextFunction) => record(req, res, () => setTimeout(next, 150))
  }
}

/** The moment after a publish empties the cache, when many readers want the same front page at once. */
describe('one render for many readers of the same page', () => {
  let t: TestPayload
  let server: Server
  let base: string
  let cache: PageCache

  beforeAll(async () => {
    t = await startTestPayload('sqlite')
    await makeQuietStatement(t.payload, { title: 'On the grain corridor', slug: 'on-the-grain-corridor', text: 'Ships sail weekly.' })
    cache = new SlowRenders()
    server = createServer(createApp({ payload: t.payload, pageCache: cache })).listen(0)
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    server?.close()
    cache?.close()
    await t?.destroy()
  })

  it('renders a page once when thirty readers ask for it together, and answers them all from that render', async () => {
    for (const path of ['/en/', '/en/search?q=grain']) {
      cache.clear()
      const [misses, joined] = [cache.misses, cache.joined]
      const answers = await Promise.all(Array.from({ length: 30 }, () => fetch(base + path).then(async (r) => ({ status: r.status, body: await r.text() }))))
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
