import { spawn } from 'node:child_process'
import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type AppOptions, createApp } from '../../src/app'
import { cachedPagesFirst } from '../../src/cachedPagesFirst'
import { PageCache } from '../../src/render/cache/pageCache'
import { testDatabaseKinds } from '../helpers/databases'
import { makeQuietStatement } from '../helpers/fixtures'
import { restStandInForNext } from '../helpers/frontDoor'
import { createStaff } from '../helpers/staff'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { waitUntil } from '../helpers/waitUntil'

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string; ms: number }

/** A GET through node:http, from a chosen loopback address when given (127.0.0.2 is another client). */
const get = (url: string, { headers = {}, from }: { headers?: Record<string, string>; from?: string } = {}) =>
  new Promise<Answer>((resolve, reject) => {
    const started = performance.now()
    request(url, { headers, localAddress: from, agent: false }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body, ms: performance.now() - started }))
    })
      .on('error', reject)
      .end()
  })

/** Distinct lists, none of them in the API cache: what a crawler or an attacker sends. */
const distinctList = (i: number) => `/api/statements?locale=en-GB&depth=0&limit=5&page=${1 + (i % 7)}&where[title][like]=statement&where[slug][not_equals]=n${i}`

type FloodAnswer = { status: number; retryAfter: string | null; type: string | null; body: string; ms: number }

/**
 * Distinct uncached anonymous reads sent all at once by a process of its own, as another client
 * would: sent from this one, the flood's own requests and answers would share the test's thread
 * with the server it measures.
 */
const floodFrom = (base: string, paths: string[]): Promise<FloodAnswer[]> => {
  const source = `
    const paths = ${JSON.stringify(paths)}
    Promise.all(paths.map(async (path) => {
      const started = performance.now()
      const res = await fetch(${JSON.stringify(base)} + path)
      const body = await res.text()
      return { status: res.status, retryAfter: res.headers.get('retry-after'), type: res.headers.get('content-type'), body, ms: performance.now() - started }
    })).then((answers) => process.stdout.write(JSON.stringify(answers)))`
  const child = spawn(process.execPath, ['-e', source], { stdio: ['ignore', 'pipe', 'inherit'] })
  let out = ''
  child.stdout.on('data', (chunk) => (out += chunk))
  return new Promise((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as FloodAnswer[]) : reject(new Error(`flood exited with ${code}`)))))
}

describe.each(testDatabaseKinds())('anonymous API reads on %s', (kind) => {
  let t: TestPayload
  let staff: Awaited<ReturnType<typeof createStaff>>
  const servers: Server[] = []
  /** API requests that have reached the server's listener, cached or not. */
  let apiRequestsArrived = 0
  const caches: PageCache[] = []
  const pagePath = '/en/statements/limits-statement-0'

  /** The production listener (cached pages first) over the app, with these limits on anonymous API reads. */
  const frontDoor = async (anonymousApiLimits: AppOptions['anonymousApiLimits']) => {
    const pageCache = new PageCache()
    const apiCache = new PageCache()
    caches.push(pageCache, apiCache)
    const app = createApp({ payload: t.payload, pageCache, apiCache, nextHandler: restStandInForNext(t), anonymousApiLimits })
    const listener = cachedPagesFirst(app, pageCache, apiCache)
    const server = createServer((req, res) => {
      if (req.url?.startsWith('/api/')) apiRequestsArrived += 1
      listener(req, res)
    }).listen(0)
    servers.push(server)
    await new Promise<void>((resolve) => server.once('listening', () => resolve()))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    expect((await get(base + pagePath)).headers['x-cache']).toBe('miss')
    return base
  }

  beforeAll(async () => {
    t = await startTestPayload(kind)
    staff = await createStaff(t, {})
    for (let i = 0; i < 40; i++) {
      await makeQuietStatement(t.payload, { title: `Limits statement ${i}`, slug: `limits-statement-${i}`, text: `A statement about limits, number ${i}.` })
    }
  })
  afterAll(async () => {
    for (const server of servers) {
      server.closeAllConnections()
      server.close()
    }
    for (const cache of caches) cache.close()
    await t?.destroy()
  })

  it('answers a cached page quickly while distinct uncached anonymous reads flood the API, and sheds the excess with Retry-After', async () => {
    const base = await frontDoor({ concurrency: 2, busyPercent: 20, perMinute: 100_000 })
    const arrivedBefore = apiRequestsArrived
    const flood = floodFrom(base, Array.from({ length: 120 }, (_, i) => distinctList(i)))
    await waitUntil('the flood to arrive', () => apiRequestsArrived - arrivedBefore >= 30, { timeoutMs: 30_000, everyMs: 5 })
    // A cached page asked for in the middle of the flood: alone it takes a few milliseconds, and without the limits
    // it waited for the whole flood (over 10 s here); the bound is generous, for a machine shared with other work.
    const page = await get(base + pagePath)
    expect(page.status).toBe(200)
    expect(page.headers['x-cache']).toBe('hit')
    expect(page.ms).toBeLessThan(2000)
    const answers = await flood
    const shed = answers.filter((answer) => answer.status === 503)
    expect(answers.filter((answer) => answer.status === 200).length).toBeGreaterThan(0)
    expect(shed.length).toBeGreaterThan(60)
    expect(answers.every((answer) => answer.status === 200 || answer.status === 503)).toBe(true)
    for (const answer of shed) {
      expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1)
      expect(answer.type).toMatch(/^application\/json/)
      expect(JSON.parse(answer.body).errors[0].message).toMatch(/busy/)
    }
  })

  it('lets signed-in staff through while anonymous reads are shed, and counts a forged session as anonymous', async () => {
    const base = await frontDoor({ concurrency: 1, busyPercent: 1, perMinute: 100_000 })
    // Anonymous reads spend the budget (1 % of the time: 10 ms a second) and leave it spent for a while.
    await Promise.all(Array.from({ length: 30 }, (_, i) => get(base + distinctList(1000 + i))))
    const forged = await get(base + distinctList(2000), { headers: { Authorization: 'JWT eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjk5OTk5OTk5OTl9.forged' } })
    const cookie = await get(base + distinctList(2001), { headers: { Cookie: 'payload-token=not-a-session' } })
    const asStaff = await Promise.all(
      Array.from({ length: 5 }, (_, i) => get(base + distinctList(3000 + i), { headers: { Authorization: `JWT ${staff.tokens.admin}` } })),
    )
    expect(forged.status).toBe(503)
    expect(cookie.status).toBe(503)
    expect(asStaff.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200])
  })

  it('limits each client address per minute with 429 and Retry-After, whatever X-Forwarded-For says', async () => {
    const base = await frontDoor({ concurrency: 4, busyPercent: 100, perMinute: 3 })
    const statuses: number[] = []
    for (let i = 0; i < 5; i++) statuses.push((await get(base + distinctList(4000 + i), { headers: { 'X-Forwarded-For': `203.0.113.${i}` } })).status)
    expect(statuses).toEqual([200, 200, 200, 429, 429])
    const refused = await get(base + distinctList(4100))
    expect(refused.status).toBe(429)
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1)
    expect(JSON.parse(refused.body).errors[0].message).toMatch(/Too many API requests from this address/)
    // Another client is not affected, and answers from the API cache are never counted.
    expect((await get(base + distinctList(4200), { from: '127.0.0.2' })).status).toBe(200)
    expect((await get(base + distinctList(4000))).status).toBe(200)
    expect((await get(base + pagePath)).status).toBe(200)
  })
})
