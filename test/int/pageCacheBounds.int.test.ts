import { createServer, get, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createApp } from '../../src/app'
import { cachedPagesFirst } from '../../src/cachedPagesFirst'
import { hasOnlyKnownParameters, payloadReadParameters } from '../../src/render/cache/knownQuery'
import { PageCache } from '../../src/render/cache/pageCache'
import { makeQuietStatement } from '../helpers/fixtures'
import { restStandInForNext } from '../helpers/frontDoor'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/** A GET through node:http, keeping the raw header lines: fetch() folds repeated headers into one. */
const rawGet = (url: string) =>
  new Promise<{ status: number; rawHeaders: string[]; xCache: string | undefined }>((resolve, reject) => {
    get(url, (response) => {
      response.resume()
      response.on('end', () => resolve({ status: response.statusCode ?? 0, rawHeaders: response.rawHeaders, xCache: response.headers['x-cache'] as string | undefined }))
    }).on('error', reject)
  })

const count = (rawHeaders: string[], name: string) => rawHeaders.filter((value, i) => i % 2 === 0 && value.toLowerCase() === name).length

describe('the page cache’s memory bound', () => {
  it('counts each entry’s key and headers against the limit, not its body alone', () => {
    const cache = new PageCache({ maxBytes: 1024 * 1024 })
    try {
      // 4,000 addresses with 14 KB query strings and small answers, as the attack sent them.
      const query = 'x'.repeat(14 * 1024)
      const headers = { 'content-type': 'application/json; charset=utf-8', vary: 'Authorization, Cookie, Origin' }
      for (let i = 0; i < 4000; i++) cache.keep(`/api/statements?where[title][equals]=${i}${query}`, Buffer.from('{"docs":[]}'), headers, cache.currentGeneration)
      expect(cache.storedBytes).toBeLessThanOrEqual(1024 * 1024)
      expect(cache.storedBytes).toBeGreaterThanOrEqual(cache.size * (14 * 1024 + 11 + headers['content-type'].length))
      // About 70 such entries fit in a megabyte; before keys were counted, all 4,000 (56 MB of keys) were kept.
      expect(cache.size).toBeLessThan(75)
    } finally {
      cache.close()
    }
  })

  it('knows which query parameters are Payload’s and which are not', () => {
    expect(hasOnlyKnownParameters('/api/statements?locale=en-GB&depth=0&where[title][equals]=x&sort=-publishedAt&limit=5', payloadReadParameters)).toBe(true)
    expect(hasOnlyKnownParameters('/api/statements', payloadReadParameters)).toBe(true)
    expect(hasOnlyKnownParameters('/api/statements?locale=en-GB&utm_source=x', payloadReadParameters)).toBe(false)
    expect(hasOnlyKnownParameters('/api/statements?', payloadReadParameters)).toBe(false)
    expect(hasOnlyKnownParameters('/api/statements?locale=en-GB&&', payloadReadParameters)).toBe(false)
    expect(hasOnlyKnownParameters('/api/statements?%ZZ=1', payloadReadParameters)).toBe(false)
    expect(hasOnlyKnownParameters('/api/statements?%6Cimit=1', payloadReadParameters)).toBe(true)
  })
})

describe('what the caches keep, through the server', () => {
  let t: TestPayload
  let server: Server
  let base: string
  let pageCache: PageCache
  let apiCache: PageCache

  beforeAll(async () => {
    t = await startTestPayload('sqlite')
    await makeQuietStatement(t.payload, { title: 'On the bridge repairs', slug: 'on-the-bridge-repairs', text: 'The bridge reopens in May.' })
    pageCache = new PageCache()
    apiCache = new PageCache()
    const app = createApp({ payload: t.payload, pageCache, apiCache, nextHandler: restStandInForNext(t) })
    server = createServer(cachedPagesFirst(app, pageCache, apiCache)).listen(0)
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    server?.closeAllConnections()
    server?.close()
    pageCache?.close()
    apiCache?.close()
    await t?.destroy()
  })

  it('keeps public pages only for addresses with the query parameters their route reads', async () => {
    for (const path of ['/en/statements/on-the-bridge-repairs', '/en/statements?page=1', '/en/search?q=bridge']) {
      await rawGet(base + path)
      expect({ path, cache: (await rawGet(base + path)).xCache }).toEqual({ path, cache: 'hit' })
    }
    const before = pageCache.size
    for (const path of ['/en/statements/on-the-bridge-repairs?utm_source=x', '/en/?x=1', '/en/statements?page=1&sort=y', '/en/search?q=bridge&', '/en/people?&']) {
      const first = await rawGet(base + path)
      expect(first.status).toBe(200)
      expect({ path, cache: (await rawGet(base + path)).xCache }).toEqual({ path, cache: 'miss' })
    }
    expect(pageCache.size).toBe(before)
  })

  it('keeps anonymous API reads only for addresses with the query parameters Payload reads', async () => {
    const known = '/api/statements?locale=en-GB&depth=0&limit=5'
    await rawGet(base + known)
    expect((await rawGet(base + known)).xCache).toBe('hit')
    const unknown = `${known}&cachebuster=${'x'.repeat(14 * 1024)}`
    expect((await rawGet(base + unknown)).status).toBe(200)
    expect((await rawGet(base + unknown)).xCache).not.toBe('hit')
    expect(apiCache.size).toBe(1)
  })

  it('sends Cache-Control once on a cached page, whether Express or the listener before it answers', async () => {
    const path = '/en/statements/on-the-bridge-repairs'
    const miss = await rawGet(`${base}${path}?page=2`)
    expect(count(miss.rawHeaders, 'cache-control')).toBe(1)
    const hit = await rawGet(base + path)
    expect(hit.xCache).toBe('hit')
    expect(count(hit.rawHeaders, 'cache-control')).toBe(1)
    expect(count(hit.rawHeaders, 'etag')).toBe(1)
    // The app answers hits itself too (the tests' front door, without the listener).
    const appOnly = createApp({ payload: t.payload, pageCache, apiCache: false }).listen(0)
    await new Promise<void>((resolve) => appOnly.once('listening', () => resolve()))
    try {
      const port = (appOnly.address() as AddressInfo).port
      const viaApp = await rawGet(`http://127.0.0.1:${port}${path}`)
      expect(viaApp.xCache).toBe('hit')
      expect(count(viaApp.rawHeaders, 'cache-control')).toBe(1)
    } finally {
      appOnly.close()
    }
  })
})
