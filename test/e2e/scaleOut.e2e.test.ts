import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestDatabase, type TestDatabase } from '../helpers/databases'
import { type ServerProcess, startServerProcess } from '../helpers/serverProcess'

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'
const canRun = Boolean(process.env.POSTGRES_URI)
if (!canRun && process.env.CI === 'true') throw new Error('CI must set POSTGRES_URI for the scale-out test')

describe.runIf(canRun)('two instances on one PostgreSQL database and Redis', () => {
  let database: TestDatabase
  let a: ServerProcess
  let b: ServerProcess
  let token = ''

  beforeAll(async () => {
    database = await createTestDatabase('postgres')
    const env = { DATABASE_URI: database.uri, REDIS_URL: redisUrl }
    // The first instance migrates and seeds; the second finds both done.
    a = await startServerProcess({ port: 4601, env: { ...env, SEED_DEMO: 'true' } })
    b = await startServerProcess({ port: 4602, env: { ...env, SEED_DEMO: 'false' } })
  }, 300_000)
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()])
    await database?.drop()
  })

  it('shows a statement published through one instance on the other within a second', async () => {
    const register = await fetch(`${a.url}/api/users/first-register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'http://localhost:4601' },
      body: JSON.stringify({ email: 'scale@example.org', password: 'scale-password-1' }),
    })
    expect(register.status).toBe(200)
    ;({ token } = (await register.json()) as { token: string })
    const list = await fetch(`${a.url}/api/statements?locale=en-GB&limit=1&where[_status][equals]=published&depth=0`)
    const { docs } = (await list.json()) as { docs: { id: number; slug: string }[] }
    const target = docs[0]!
    const page = `${b.url}/en/statements/${target.slug}`
    // Warm the other instance's cache, so only an invalidation can change what it serves.
    await (await fetch(page)).text()
    expect((await fetch(page)).headers.get('x-cache')).toBe('hit')
    // The same for an anonymous REST read, answered by Next's handler once and then from B's API cache.
    const api = `${b.url}/api/statements/${target.id}?locale=en-GB&depth=0`
    const apiFirst = await fetch(api)
    expect(apiFirst.status).toBe(200)
    const apiBody = await apiFirst.text()
    const apiHit = await fetch(api)
    expect(apiHit.headers.get('x-cache')).toBe('hit')
    expect(apiHit.headers.get('content-type')).toMatch(/^application\/json/)
    expect(await apiHit.text()).toBe(apiBody)

    const title = `Published through instance A at ${Date.now()}`
    const published = await fetch(`${a.url}/api/statements/${target.id}?locale=en-GB`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ title, _status: 'published' }),
    })
    expect(published.status).toBe(200)
    const started = Date.now()
    let html = ''
    while (Date.now() - started < 1000 && !html.includes(title)) html = await (await fetch(page)).text()
    expect(html).toContain(title)
    console.log(`publish on A visible on B after ${Date.now() - started} ms`)
    let json = ''
    while (Date.now() - started < 1000 && !json.includes(title)) json = await (await fetch(api)).text()
    expect(JSON.parse(json).title).toBe(title)
    // And B's search finds it by a word of the new title, through PostgreSQL's full-text index (as migrated).
    const stamp = title.split(' ').at(-1)!
    expect(await (await fetch(`${b.url}/en/search?q=${stamp}`)).text()).toContain(title)
    expect(b.output()).not.toContain('full-text index could not be read')
  })

  it('releases a scheduled statement exactly once although both instances run the job queue', async () => {
    const headers = { 'Content-Type': 'application/json', Authorization: `JWT ${token}` }
    const created = await fetch(`${a.url}/api/statements?locale=en-GB&draft=true`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ title: `Released once at ${Date.now()}`, kind: 'statement', publishedAt: '2026-11-28T12:00:00.000Z', _status: 'draft' }),
    })
    const { doc } = (await created.json()) as { doc: { id: number; slug: string } }
    const releaseAt = new Date(Date.now() + 3000).toISOString()
    const scheduled = await fetch(`${a.url}/api/statements/${doc.id}?locale=en-GB&draft=true`, { method: 'PATCH', headers, body: JSON.stringify({ releaseAt, _status: 'draft' }) })
    expect(scheduled.status).toBe(200)
    const page = `${b.url}/en/statements/${doc.slug}`
    const deadline = Date.now() + 10_000
    let status = 404
    while (status !== 200 && Date.now() < deadline) status = (await fetch(page)).status
    expect(status).toBe(200)
    // Give the other runner its chance to (wrongly) release it again before counting.
    await new Promise((resolve) => setTimeout(resolve, 2500))
    const log = await fetch(`${b.url}/api/release-log?where[statement][equals]=${doc.id}&depth=0`, { headers })
    expect(((await log.json()) as { totalDocs: number }).totalDocs).toBe(1)
    const versions = await fetch(`${b.url}/api/statements/versions?where[parent][equals]=${doc.id}&locale=en-GB&depth=0&limit=100`, { headers })
    // One publish writes a version, plus the all-languages snapshot Payload keeps when status is per language.
    const { docs } = (await versions.json()) as { docs: { snapshot?: boolean | null; version: { _status?: string } }[] }
    expect(docs.filter((version) => version.version._status === 'published' && !version.snapshot)).toHaveLength(1)
  })
})
