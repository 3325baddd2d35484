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
    const { token } = (await register.json()) as { token: string }
    const list = await fetch(`${a.url}/api/statements?locale=en-GB&limit=1&where[_status][equals]=published&depth=0`)
    const { docs } = (await list.json()) as { docs: { id: number; slug: string }[] }
    const target = docs[0]!
    const page = `${b.url}/en/statements/${target.slug}`
    // Warm the other instance's cache, so only an invalidation can change what it serves.
    await (await fetch(page)).text()
    expect((await fetch(page)).headers.get('x-cache')).toBe('hit')

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
  })
})
