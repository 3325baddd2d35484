import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Express } from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createApp } from '../../src/app'
import { cachedPagesFirst } from '../../src/cachedPagesFirst'
import { PageCache } from '../../src/render/cache/pageCache'
import { makeQuietStatement, makeStatement } from '../helpers/fixtures'
import { restStandInForNext } from '../helpers/frontDoor'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/** The production server's request listener: cached pages are answered before Express. */
describe('cached pages first', () => {
  let t: TestPayload
  let server: Server
  let base: string
  let cache: PageCache
  let apiCache: PageCache
  let reachedExpress = 0

  beforeAll(async () => {
    t = await startTestPayload('sqlite')
    await makeQuietStatement(t.payload, { title: 'On the ferry timetable', slug: 'on-the-ferry-timetable', text: 'Ferries run hourly.' })
    cache = new PageCache()
    apiCache = new PageCache()
    const app = createApp({ payload: t.payload, pageCache: cache, apiCache, nextHandler: restStandInForNext(t) })
    const counted = ((req, res) => {
      reachedExpress += 1
      app(req, res)
    }) as Express
    server = createServer(cachedPagesFirst(counted, cache, apiCache)).listen(0)
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    server?.close()
    cache?.close()
    apiCache?.close()
    await t?.destroy()
  })

  it('answers a cached page without Express, with the same bytes, headers and the language cookie', async () => {
    const first = await fetch(`${base}/en/statements/on-the-ferry-timetable`)
    expect(first.headers.get('x-cache')).toBe('miss')
    const firstBody = await first.text()
    const before = reachedExpress
    const hit = await fetch(`${base}/en/statements/on-the-ferry-timetable`)
    expect(reachedExpress).toBe(before)
    expect(hit.status).toBe(200)
    expect(hit.headers.get('x-cache')).toBe('hit')
    expect(await hit.text()).toBe(firstBody)
    expect(hit.headers.get('etag')).toBe(first.headers.get('etag'))
    expect(hit.headers.get('content-security-policy')).toBe(first.headers.get('content-security-policy'))
    expect(hit.headers.get('set-cookie')).toMatch(/^lang=en; Max-Age=31536000; Path=\/; SameSite=Lax$/)
    // A reader whose language is already English gets no cookie.
    const known = await fetch(`${base}/en/statements/on-the-ferry-timetable`, { headers: { Cookie: 'lang=en' } })
    expect(known.headers.get('set-cookie')).toBeNull()
    expect(reachedExpress).toBe(before)
  })

  it('answers If-None-Match with 304 and HEAD without a body, still without Express', async () => {
    const url = `${base}/en/statements/on-the-ferry-timetable`
    const { headers } = await fetch(url)
    const before = reachedExpress
    const revalidated = await fetch(url, { headers: { 'If-None-Match': headers.get('etag') ?? '' } })
    expect(revalidated.status).toBe(304)
    const head = await fetch(url, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
    expect(reachedExpress).toBe(before)
  })

  it('answers an anonymous API read held by the API cache without Express, and never one with credentials', async () => {
    const url = `${base}/api/statements?locale=en-GB&depth=0&where[slug][equals]=on-the-ferry-timetable`
    const first = await fetch(url)
    expect(first.status).toBe(200)
    const body = await first.text()
    expect(body).toContain('On the ferry timetable')
    const before = reachedExpress
    const hit = await fetch(url)
    expect(hit.headers.get('x-cache')).toBe('hit')
    expect(await hit.text()).toBe(body)
    expect(reachedExpress).toBe(before)
    // With a token (even a wrong one, which Payload refuses) the request goes to the app.
    const withToken = await fetch(url, { headers: { Authorization: 'JWT not-a-token' } })
    expect(withToken.headers.get('x-cache')).not.toBe('hit')
    expect(reachedExpress).toBe(before + 1)
  })

  it('hands everything it does not hold to Express: a change, a miss, a 404, a write', async () => {
    const before = reachedExpress
    await makeStatement(t.payload, { en: { title: 'On the winter timetable', slug: 'on-the-winter-timetable' } })
    const home = await fetch(`${base}/en/`)
    expect(home.headers.get('x-cache')).toBe('miss')
    expect(await home.text()).toContain('On the winter timetable')
    expect((await fetch(`${base}/en/statements/no-such-statement`)).status).toBe(404)
    expect((await fetch(`${base}/en/`, { method: 'POST' })).status).toBeGreaterThanOrEqual(400)
    expect(reachedExpress).toBe(before + 3)
  })
})
