import type { Server } from 'node:http'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testDatabaseKinds } from '../helpers/databases'
import { makeStatement } from '../helpers/fixtures'
import { listenFrontDoor, restStandInForNext } from '../helpers/frontDoor'
import { startTestPayload, type TestPayload, testServerUrl } from '../helpers/testPayload'
import { waitUntil } from '../helpers/waitUntil'

const onPostgres = testDatabaseKinds().includes('postgres')
const title = onPostgres
  ? 'public site and API while PostgreSQL is out of reach'
  : 'public site and API while PostgreSQL is out of reach (skipped: set POSTGRES_URI to run it against a real PostgreSQL)'

const pages = [
  { path: '/en/', lang: 'en-GB', unavailable: 'Service unavailable', reference: 'Reference:' },
  { path: '/ru/', lang: 'ru-RU', unavailable: 'Сервис недоступен', reference: 'Номер обращения:' },
  { path: '/en/statements/outage-answer', lang: 'en-GB', unavailable: 'Service unavailable', reference: 'Reference:' },
  { path: '/ru/statements/otvet-o-sboe', lang: 'ru-RU', unavailable: 'Сервис недоступен', reference: 'Номер обращения:' },
]

/** What must never reach a visitor or an API client: stack frames, SQL, driver internals. */
const leaks = /\n\s+at |Failed query|select\s+"|node_modules|DatabaseError|57P01|pg_terminate/i

// The page cache would answer from memory during the outage; this is about the pages that need the database.
describe.skipIf(!onPostgres)(title, () => {
  let t: TestPayload
  let server: Server
  let base: string
  let admin: pg.Client
  let databaseName: string

  /** GET with a ceiling, so a hung request fails the test instead of stalling it. */
  const get = (path: string) => fetch(base + path, { redirect: 'manual', signal: AbortSignal.timeout(15_000) })

  const terminateBackends = async () => {
    const { rowCount } = await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [databaseName])
    return rowCount ?? 0
  }
  const allowConnections = (allow: boolean) => admin.query(`ALTER DATABASE "${databaseName}" ALLOW_CONNECTIONS ${allow}`)

  beforeAll(async () => {
    t = await startTestPayload('postgres')
    databaseName = new URL(t.database.uri).pathname.slice(1)
    await makeStatement(t.payload, { en: { title: 'Outage answer', slug: 'outage-answer' }, ru: { title: 'Ответ о сбое', slug: 'otvet-o-sboe' } })
    ;({ server, base } = await listenFrontDoor({ payload: t.payload, serverUrl: testServerUrl, pageCache: false, apiCache: false, nextHandler: restStandInForNext(t) }))
    admin = new pg.Client({ connectionString: process.env.POSTGRES_URI })
    await admin.connect()
  })
  afterAll(async () => {
    // A failed test must not leave the database closed to its own teardown.
    await allowConnections(true).catch(() => {})
    await admin?.end().catch(() => {})
    server?.closeAllConnections()
    await new Promise((resolve) => server?.close(resolve))
    await t?.destroy()
  })

  it('serves every page from a warm pool before the outage', async () => {
    for (const page of pages) expect((await get(page.path)).status, page.path).toBe(200)
    expect((await get('/api/statements?limit=1')).status).toBe(200)
  })

  it('answers requests in flight when every connection is terminated with 200 or 503, never 500, and recovers by itself', async () => {
    let settled = false
    const inFlight = Promise.all(Array.from({ length: 40 }, (_, i) => get(pages[i % pages.length]!.path).then((response) => response.status))).finally(() => {
      settled = true
    })
    // Terminate again and again until every request has answered, so terminations land in the middle of them.
    let terminated = 0
    while (!settled) terminated += await terminateBackends()
    const statuses = await inFlight
    expect(terminated).toBeGreaterThan(0)
    expect(statuses.filter((status) => status !== 200 && status !== 503), String(statuses)).toEqual([])
    expect(statuses, 'some requests lost their connection mid-query').toContain(503)
    // The pool opened fresh connections: no restart, no manual step.
    await waitUntil('pages to answer 200 again', async () => (await get('/en/')).status === 200, { timeoutMs: 5000 })
    for (const page of pages) expect((await get(page.path)).status, page.path).toBe(200)
  })

  it('answers 503 pages in the visitor language with a reference while the database refuses connections', async () => {
    await allowConnections(false)
    await terminateBackends()
    try {
      for (const page of pages) {
        const response = await get(page.path)
        const html = await response.text()
        expect(response.status, page.path).toBe(503)
        expect(response.headers.get('retry-after')).toBe('5')
        expect(response.headers.get('cache-control')).toBe('no-store')
        expect(html).toContain(`<html lang="${page.lang}">`)
        expect(html).toContain(page.unavailable)
        expect(html).toMatch(new RegExp(`${page.reference} [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`))
        expect(html).not.toMatch(leaks)
      }
      const api = await get('/api/statements?limit=1')
      const body = await api.text()
      expect(api.status).toBe(503)
      expect(api.headers.get('content-type')).toMatch(/application\/json/)
      expect(JSON.parse(body)).toEqual({ errors: [{ message: 'The service is unavailable right now. Please try again in a moment.' }] })
      expect(body).not.toMatch(leaks)
      expect(body).not.toMatch(/stack/i)
      // The process stays up and says so, while honestly reporting the database.
      expect((await get('/healthz')).status).toBe(200)
      expect((await get('/readyz')).status).toBe(503)
    } finally {
      await allowConnections(true)
    }
  })

  it('serves pages again within seconds of the database coming back, with no restart', async () => {
    const back = Date.now()
    await waitUntil('every page to answer 200 after the outage', async () => {
      const statuses = await Promise.all(pages.map(async (page) => (await get(page.path)).status))
      return statuses.every((status) => status === 200)
    }, { timeoutMs: 5000 })
    expect(Date.now() - back).toBeLessThan(5000)
    expect((await get('/api/statements?limit=1')).status).toBe(200)
    expect((await get('/readyz')).status).toBe(200)
    // The same in-process Payload still works through the Local API.
    expect((await t.payload.count({ collection: 'statements' })).totalDocs).toBe(1)
  })
})
