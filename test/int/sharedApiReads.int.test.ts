import { get, type Server } from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PageCache } from '../../src/render/cache/pageCache'
import { isSharedApiRead } from '../../src/render/cache/sharedApiReads'
import { makeStatement } from '../helpers/fixtures'
import { listenFrontDoor, restStandInForNext } from '../helpers/frontDoor'
import { createStaff } from '../helpers/staff'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/** A bare GET through node:http: fetch() turns conditional requests into no-cache ones. */
const statusOf = (url: string, headers: Record<string, string>) =>
  new Promise<number>((resolve, reject) => {
    get(url, { headers }, (response) => {
      response.resume()
      response.on('end', () => resolve(response.statusCode ?? 0))
    }).on('error', reject)
  })

describe('anonymous REST reads from the cache', () => {
  let t: TestPayload
  let server: Server
  let base: string
  let staff: Awaited<ReturnType<typeof createStaff>>
  const apiCache = new PageCache()
  /** Requests that reached Payload's REST handler, past the cache. */
  const reached: string[] = []

  beforeAll(async () => {
    t = await startTestPayload('sqlite')
    staff = await createStaff(t, {})
    const rest = restStandInForNext(t)
    ;({ server, base } = await listenFrontDoor({
      payload: t.payload,
      apiCache,
      nextHandler: (req, res) => {
        reached.push(req.url ?? '')
        return rest(req, res)
      },
    }))
  })
  afterAll(async () => {
    server?.closeAllConnections()
    server?.close()
    apiCache.close()
    await t?.destroy()
  })

  it('answers a repeated anonymous read from the cache, and the next read after a publish from the database', async () => {
    const doc = await makeStatement(t.payload, { en: { title: 'Cached in the API, first wording' } })
    const path = `/api/statements?locale=en-GB&depth=0&where[id][equals]=${doc.id}`
    const first = await fetch(base + path)
    expect(first.status).toBe(200)
    const firstBody = await first.text()
    expect(firstBody).toContain('Cached in the API, first wording')
    const second = await fetch(base + path)
    expect(second.headers.get('x-cache')).toBe('hit')
    expect(second.headers.get('content-type')).toMatch(/^application\/json/)
    expect(second.headers.get('vary')).toMatch(/Authorization, Cookie, Origin/)
    expect(await second.text()).toBe(firstBody)
    expect(reached.filter((url) => url === path)).toHaveLength(1)
    // A conditional request is a 304 from the cache.
    const conditional = await statusOf(base + path, { 'If-None-Match': String(second.headers.get('etag')) })
    expect(conditional).toBe(304)

    // A publish through the REST API (the announcement every instance hears) empties the cache.
    const published = await staff.as('admin', 'PATCH', `/api/statements/${doc.id}?locale=en-GB`, { title: 'Cached in the API, second wording', _status: 'published' })
    expect(published.status).toBe(200)
    const after = await fetch(base + path)
    expect(after.headers.get('x-cache')).not.toBe('hit')
    expect(await after.text()).toContain('Cached in the API, second wording')
    expect(reached.filter((url) => url === path)).toHaveLength(2)
  })

  it('never answers a request with credentials from the cache, and never stores its answer', async () => {
    const doc = await makeStatement(t.payload, { en: { title: 'Public English, cached' }, ru: { title: 'Черновик для редакции' }, ruStatus: 'draft' })
    const path = `/api/statements/${doc.id}?locale=all&draft=true&depth=0`
    const login = await t.rest('/api/users/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@example.org', password: 'admin-password-1' }),
    })
    const token = ((await login.json()) as { token: string }).token
    // Staff first: their answer holds the draft, and must not be kept for anyone.
    const asStaff = await fetch(base + path, { headers: { Authorization: `JWT ${token}` } })
    expect(await asStaff.text()).toContain('Черновик для редакции')
    const anonymous = await fetch(base + path)
    expect(anonymous.status).toBe(200)
    expect(anonymous.headers.get('x-cache')).not.toBe('hit')
    const anonymousText = await anonymous.text()
    expect(anonymousText).toContain('Public English, cached')
    expect(anonymousText).not.toContain('Черновик для редакции')
    // The anonymous answer is now kept; staff with a token or the session cookie still reach Payload.
    expect((await fetch(base + path)).headers.get('x-cache')).toBe('hit')
    for (const headers of [{ Authorization: `JWT ${token}` }, { Cookie: `payload-token=${token}`, 'Sec-Fetch-Site': 'same-origin' }] as Record<string, string>[]) {
      const again = await fetch(base + path, { headers })
      expect(again.headers.get('x-cache')).not.toBe('hit')
      expect(await again.text()).toContain('Черновик для редакции')
    }
  })

  it('does not keep an answer that holds a language that is not published, and says so in the log', async () => {
    // Stands in for a fault in the hiding of unpublished languages: the answer Payload would give if it failed.
    const leaking = JSON.stringify({ docs: [{ id: 1, title: { 'en-GB': 'Public', 'ru-RU': 'Снятый перевод' }, _status: { 'en-GB': 'published', 'ru-RU': 'draft' } }] })
    const warnings: string[] = []
    let calls = 0
    const guarded = new PageCache()
    const door = await listenFrontDoor({
      payload: t.payload,
      apiCache: guarded,
      nextHandler: async (_req, res) => {
        calls++
        res.status(200).type('application/json').send(leaking)
      },
    })
    const warn = t.payload.logger.warn.bind(t.payload.logger)
    t.payload.logger.warn = ((message: string) => void warnings.push(message)) as never
    try {
      const path = '/api/statements?locale=all&depth=1'
      for (let i = 0; i < 2; i++) {
        const answer = await fetch(door.base + path)
        expect(answer.headers.get('x-cache')).not.toBe('hit')
      }
      expect(calls).toBe(2)
      expect(warnings[0]).toMatch(/not keeping \/api\/statements\?locale=all&depth=1: it holds a language that is not published: document 1: ru-RU \(draft\) in title/)
    } finally {
      t.payload.logger.warn = warn
      door.server.closeAllConnections()
      door.server.close()
      guarded.close()
    }
  })

  it('keeps only the public collections’ reads, and only answers without credentials or an Origin', () => {
    const read = (url: string, headers: Record<string, string> = {}, method = 'GET') => isSharedApiRead({ url, method, headers } as never)
    expect(read('/api/statements?locale=en-GB')).toBe(true)
    expect(read('/api/statements/12?locale=ru-RU')).toBe(true)
    expect(read('/api/people')).toBe(true)
    expect(read('/api/globals/site-settings?locale=en-GB')).toBe(true)
    expect(read('/api/statements', {}, 'HEAD')).toBe(true)
    expect(read('/api/users/me')).toBe(false)
    expect(read('/api/statements/versions/3')).toBe(false)
    expect(read('/api/media/file/photo.jpg')).toBe(false)
    expect(read('/api/payload-jobs')).toBe(false)
    expect(read('/api/statements', {}, 'POST')).toBe(false)
    expect(read('/api/statements', { authorization: 'JWT x' })).toBe(false)
    expect(read('/api/statements', { cookie: 'lang=ru' })).toBe(false)
    expect(read('/api/statements', { origin: 'https://example.org' })).toBe(false)
  })
})
