import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createApp } from '../../src/app'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

describe('front door security', () => {
  let t: TestPayload
  let server: ReturnType<ReturnType<typeof createApp>['listen']>
  let base: string

  beforeAll(async () => {
    t = await startTestPayload('sqlite')
    server = createApp({ payload: t.payload, authAttemptsPerWindow: 3 }).listen(0)
    await new Promise<void>((resolve) => server.once('listening', () => resolve()))
    const address = server.address()
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  })
  afterAll(async () => {
    server?.close()
    await t?.destroy()
  })

  it('limits sign-in attempts per address and says why', async () => {
    const attempt = () =>
      fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"email":"x@example.org","password":"wrong"}' })
    for (let i = 0; i < 3; i++) expect((await attempt()).status).not.toBe(429)
    const refused = await attempt()
    expect(refused.status).toBe(429)
    expect(JSON.stringify(await refused.json())).toMatch(/Too many sign-in or password attempts/)
  })

  it('locks an account after repeated wrong passwords, and only an administrator may unlock it', async () => {
    await t.payload.create({ collection: 'users', data: { email: 'locked@example.org', password: 'right-password-1', roles: ['editor'] } })
    for (let i = 0; i < 5; i++) {
      await t.rest('/api/users/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"email":"locked@example.org","password":"wrong"}' })
    }
    const right = await t.rest('/api/users/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"email":"locked@example.org","password":"right-password-1"}',
    })
    expect(right.status).toBeGreaterThanOrEqual(400)
    const unlock = await t.rest('/api/users/unlock', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"email":"locked@example.org"}' })
    expect(unlock.status).toBe(403)
  })

  it('refuses a request body larger than the limit', async () => {
    const small = createApp({ payload: t.payload, maxBodyBytes: 10, nextHandler: async (_req, res) => res.status(200).end() })
    const s = small.listen(0)
    await new Promise<void>((resolve) => s.once('listening', () => resolve()))
    const address = s.address()
    const response = await fetch(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/statements`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'x'.repeat(100) }),
    })
    s.close()
    expect(response.status).toBe(413)
  })
})
