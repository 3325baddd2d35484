import { request } from 'node:http'

import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { memorySignInFailures, redisSignInFailures, signInLockPolicy } from '../../src/security/signInFailures'
import type { AppOptions } from '../../src/app'
import { listenFrontDoor, restStandInForNext } from '../helpers/frontDoor'
import { createStaff } from '../helpers/staff'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/** Stands in for Next: answers 200 to anything, so only the front door's own refusals show. */
const answerOk: AppOptions['nextHandler'] = async (req, res) => {
  for await (const _chunk of req);
  res.status(200).json({ ok: true })
}

/** A POST through node:http from a chosen local address (127.0.0.x), as a client elsewhere would be. */
const postFrom = (from: string, url: string, body: unknown, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(url, { method: 'POST', localAddress: from, headers: { 'Content-Type': 'application/json', ...headers } }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }))
    })
    req.on('error', reject)
    req.end(JSON.stringify(body))
  })

// One Payload for the file: a second one started in the same process finds no schema pushed.
let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload('sqlite')
})
afterAll(async () => {
  await t?.destroy()
})

describe('sign-in and password routes however they are spelt', () => {
  it('counts every spelling Payload routes to sign-in, reset or unlock against the per-address limit', async () => {
    const spellings = [
      '/api/users/%6cogin',
      '/api/users/%6Cogin',
      '/api//users/login',
      '/api/users/login/',
      '/API/Users/LOGIN',
      '/api/users/./login',
      '/api/users/%2e/login',
      '/api/statements/../users/login',
      '/api/users/%252e/login',
      '/api/users/forgot-password/',
      '/api/users/%72eset-password',
      '/api//users//unlock',
      '/api/users/first-register/',
      '/api/users/verify/some-token',
    ]
    const { server, base } = await listenFrontDoor({ payload: t.payload, authAttemptsPerWindow: 1, nextHandler: answerOk })
    try {
      // One attempt allowed, then every spelling is over the limit.
      expect((await postFrom('127.0.0.1', `${base}/api/users/login`, {})).status).toBe(200)
      for (const path of spellings) {
        const answer = await postFrom('127.0.0.1', base + path, {})
        expect({ path, status: answer.status }).toEqual({ path, status: 429 })
        expect(answer.body).toMatch(/Too many sign-in or password attempts/)
      }
      // Another address has its own count; other routes are not counted.
      expect((await postFrom('127.0.0.2', `${base}/api/users/%6cogin`, {})).status).toBe(200)
      expect((await postFrom('127.0.0.1', `${base}/api/statements`, {})).status).toBe(200)
      expect((await postFrom('127.0.0.1', `${base}/api/users/logout`, {})).status).toBe(200)
    } finally {
      server.closeAllConnections()
      server.close()
    }
  })
})

describe('wrong passwords lock an account for the address they came from', () => {
  let front: Awaited<ReturnType<typeof listenFrontDoor>>
  let staff: Awaited<ReturnType<typeof createStaff>>
  const signIn = (from: string, email: string, password: string, headers: Record<string, string> = {}) =>
    postFrom(from, `${front.base}/api/users/login`, { email, password }, headers)

  beforeAll(async () => {
    staff = await createStaff(t, { editor: { roles: ['editor'], languages: ['en-GB'] } })
    front = await listenFrontDoor({ payload: t.payload, authAttemptsPerWindow: 1000, nextHandler: restStandInForNext(t) })
  })
  afterAll(async () => {
    front?.server.closeAllConnections()
    front?.server.close()
  })

  it('keeps the administrator signing in from elsewhere after five wrong passwords from an attacker', async () => {
    for (let i = 0; i < signInLockPolicy.max; i++) expect((await signIn('127.0.0.3', 'admin@example.org', `wrong-${i}`)).status).toBe(401)
    // The attacker's address is locked, even with the right password, and is told why.
    const locked = await signIn('127.0.0.3', 'admin@example.org', 'admin-password-1')
    expect(locked.status).toBe(429)
    expect(locked.body).toMatch(/Too many wrong passwords for this account from your address/)
    // The administrator, elsewhere, signs in.
    expect((await signIn('127.0.0.4', 'admin@example.org', 'admin-password-1')).status).toBe(200)
    // A forged address header is replaced by the front door: it does not escape the lock.
    expect((await signIn('127.0.0.3', 'admin@example.org', 'admin-password-1', { 'X-Statements-Client-Address': '10.9.9.9' })).status).toBe(429)
  })

  it('refuses the attempts past the limit when they arrive all at once', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => signIn('127.0.0.5', 'editor@example.org', `wrong-${i}`)))
    expect(answers.filter((answer) => answer.status === 401)).toHaveLength(signInLockPolicy.max)
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(12 - signInLockPolicy.max)
  })

  it('clears an address’s count when it signs in, and every address’s when an administrator unlocks', async () => {
    for (let i = 0; i < signInLockPolicy.max - 1; i++) await signIn('127.0.0.6', 'editor@example.org', 'wrong')
    expect((await signIn('127.0.0.6', 'editor@example.org', 'editor-password-1')).status).toBe(200)
    for (let i = 0; i < signInLockPolicy.max - 1; i++) expect((await signIn('127.0.0.6', 'editor@example.org', 'wrong')).status).toBe(401)

    // 127.0.0.5 is locked (above); only an administrator may unlock.
    expect((await staff.as('editor', 'POST', '/api/users/unlock', { email: 'editor@example.org' })).status).toBe(403)
    expect((await signIn('127.0.0.5', 'editor@example.org', 'editor-password-1')).status).toBe(429)
    expect((await staff.as('admin', 'POST', '/api/users/unlock', { email: 'editor@example.org' })).status).toBe(200)
    expect((await signIn('127.0.0.5', 'editor@example.org', 'editor-password-1')).status).toBe(200)
  })
})

describe('the count is shared by every instance through Redis', () => {
  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'
  let one: Redis
  let two: Redis
  beforeAll(async () => {
    one = new Redis(url)
    two = new Redis(url)
  })
  afterAll(async () => {
    await Promise.all([one?.quit(), two?.quit()])
  })

  it('locks an (account, address) counted on one instance on the other too, and unlocks it everywhere', async () => {
    const account = `shared-${Date.now()}@example.org`
    const policy = { max: 3, windowMs: 60_000, lockMs: 60_000 }
    const first = redisSignInFailures(one, policy)
    const second = redisSignInFailures(two, policy)
    expect(await first.attempt(account, '192.0.2.1')).toBe(1)
    expect(await second.attempt(account, '192.0.2.1')).toBe(2)
    expect(await first.attempt(account, '192.0.2.1')).toBe(3)
    expect(await second.attempt(account, '192.0.2.1')).toBeGreaterThan(policy.max)
    // Another address, and another account, are untouched.
    expect(await second.attempt(account, '192.0.2.2')).toBe(1)
    expect(await second.attempt(`other-${account}`, '192.0.2.1')).toBe(1)
    // Every key expires on its own.
    const keys = await one.keys('statements-cms:sign-in:*')
    for (const key of keys) expect(await one.pttl(key)).toBeGreaterThan(0)
    await first.unlock(account)
    expect(await second.attempt(account, '192.0.2.1')).toBe(1)
    expect(await second.attempt(account, '192.0.2.2')).toBe(1)
  })

  it('keeps the same rules in memory, where one instance counts alone', async () => {
    const memory = memorySignInFailures({ max: 2, windowMs: 60_000, lockMs: 60_000 }, 3)
    expect(await memory.attempt('a@example.org', 'x')).toBe(1)
    expect(await memory.attempt('A@example.org ', 'x')).toBe(2)
    expect(await memory.attempt('a@example.org', 'x')).toBe(3)
    await memory.succeeded('a@example.org', 'x')
    expect(await memory.attempt('a@example.org', 'x')).toBe(1)
  })
})
