import { type IncomingMessage, request } from 'node:http'

import { configToSchema } from '@payloadcms/graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createApp, type AppOptions } from '../../src/app'
import { graphqlAuthMutations } from '../../src/rateLimits'
import { listenFrontDoor } from '../helpers/frontDoor'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/** Stands in for Next: answers with the body it was able to read, so a test sees what Next would get. */
const echoBody = async (req: IncomingMessage, res: Parameters<NonNullable<AppOptions['nextHandler']>>[1]) => {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  res.status(200).type('application/json').send(Buffer.concat(chunks))
}

type ChunkedResult = { status: number; body: string; bytesSent: number; requestEnded: boolean }

/**
 * POSTs a chunked body (no Content-Length) through node:http: `chunks` pieces
 * of `chunkBytes`, or without end when `chunks` is Infinity, stopping as soon
 * as an answer arrives.
 */
const postChunked = (url: string, chunkBytes: number, chunks: number): Promise<ChunkedResult> =>
  new Promise((resolve, reject) => {
    let bytesSent = 0
    let answered = false
    let requestEnded = false
    // Bytes that are not JSON, sent as such: only their length is under test here.
    const req = request(url, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream', 'Transfer-Encoding': 'chunked' } }, (response) => {
      answered = true
      const body: Buffer[] = []
      response.on('data', (chunk: Buffer) => body.push(chunk))
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(body).toString(), bytesSent, requestEnded })
        req.destroy()
      })
    })
    req.on('error', (error) => {
      if (!answered) reject(error)
    })
    const piece = Buffer.alloc(chunkBytes, 'a')
    const send = (left: number) => {
      while (!answered && left > 0) {
        left--
        bytesSent += piece.length
        if (!req.write(piece)) {
          req.once('drain', () => send(left))
          return
        }
      }
      if (!answered) {
        requestEnded = true
        req.end()
      }
    }
    send(chunks)
  })

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

  describe('GraphQL sign-in', () => {
    const post = (base: string, query: string) =>
      fetch(`${base}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query }) })
    const login = 'mutation { loginUser(email: "x@example.org", password: "wrong") { token } }'
    const ordinary = '{ Statements { docs { id } } }'

    it('guards the mutation names Payload really generates for users', () => {
      const mutations = Object.keys(configToSchema(t.config).schema.getMutationType()?.getFields() ?? {})
      const authMutations = mutations.filter((name) => /^(login|forgotPassword|resetPassword|unlock|verifyEmail|refreshToken)User$/.test(name))
      expect(authMutations).toEqual(expect.arrayContaining(['loginUser', 'forgotPasswordUser', 'resetPasswordUser']))
      // Payload makes no unlock mutation without its own per-account lock (ours is per account and address); it stays guarded.
      for (const name of authMutations.filter((name) => !/^(verifyEmail|refreshToken)User$/.test(name))) expect(graphqlAuthMutations).toContain(name)
    })

    it('counts sign-in mutations against the per-address limit, not ordinary queries, and hands Next the body intact', async () => {
      const { server, base } = await listenFrontDoor({ payload: t.payload, authAttemptsPerWindow: 3, nextHandler: echoBody })
      try {
        for (let i = 0; i < 5; i++) expect((await post(base, ordinary)).status).toBe(200)
        for (let i = 0; i < 3; i++) {
          const passed = await post(base, login)
          expect(passed.status).toBe(200)
          expect(await passed.json()).toEqual({ query: login })
        }
        const refused = await post(base, login)
        expect(refused.status).toBe(429)
        expect(JSON.stringify(await refused.json())).toMatch(/Too many sign-in or password attempts/)
        expect((await post(base, ordinary)).status).toBe(200)
      } finally {
        server.close()
      }
    })

    it('shares one count with the REST sign-in route', async () => {
      const { server, base } = await listenFrontDoor({ payload: t.payload, authAttemptsPerWindow: 2 })
      try {
        const rest = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })
        expect(rest.status).not.toBe(429)
        expect((await post(base, login)).status).not.toBe(429)
        expect((await post(base, 'mutation { forgotPasswordUser(email: "x@example.org") }')).status).toBe(429)
      } finally {
        server.close()
      }
    })

    it('counts sign-in mutations however the path or the body is spelt', async () => {
      const { server, base } = await listenFrontDoor({ payload: t.payload, authAttemptsPerWindow: 3, nextHandler: echoBody })
      try {
        const spelt = (path: string, prefix = '') =>
          fetch(base + path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: prefix + JSON.stringify({ query: login }) })
        // A byte-order mark: fetch's text(), which Payload reads the body with, drops it.
        expect((await spelt('/api/graphql', '\uFEFF')).status).toBe(200)
        expect((await spelt('/api//graphql')).status).toBe(200)
        expect((await spelt('/api/%67raphql/')).status).toBe(200)
        const refused = await spelt('/API/graphql')
        expect(refused.status).toBe(429)
      } finally {
        server.close()
      }
    })

    it('refuses several sign-in attempts hidden behind aliases in one request', async () => {
      const { server, base } = await listenFrontDoor({ payload: t.payload, nextHandler: echoBody })
      try {
        const response = await post(base, 'mutation { a: loginUser(email: "x@example.org", password: "1") { token } b: loginUser(email: "x@example.org", password: "2") { token } }')
        expect(response.status).toBe(400)
        expect(JSON.stringify(await response.json())).toMatch(/one sign-in or password operation/)
      } finally {
        server.close()
      }
    })
  })

  describe('streamed request bodies', () => {
    it('passes a chunked body within the limit on to Next whole', async () => {
      const { server, base } = await listenFrontDoor({ payload: t.payload, maxBodyBytes: 64 * 1024, nextHandler: echoBody })
      try {
        const answer = await postChunked(`${base}/api/statements`, 1000, 20)
        expect(answer.status).toBe(200)
        expect(answer.body).toBe('a'.repeat(20_000))
        const graphql = await postChunked(`${base}/api/graphql`, 1000, 3)
        expect(graphql.body).toBe('a'.repeat(3000))
      } finally {
        server.close()
      }
    })

    it('refuses a chunked body once more than the limit has arrived, without waiting for the rest', async () => {
      let reachedNext = false
      const { server, base } = await listenFrontDoor({
        payload: t.payload,
        maxBodyBytes: 64 * 1024,
        nextHandler: async (req, res) => {
          reachedNext = true
          await echoBody(req, res)
        },
      })
      try {
        // The client would send for ever: only the server's refusal stops it.
        for (const path of ['/api/statements', '/api/graphql']) {
          const answer = await postChunked(base + path, 16 * 1024, Infinity)
          expect(answer.status).toBe(413)
          expect(answer.body).toMatch(/Request body too large: the limit is 65536 bytes/)
          expect(answer.requestEnded).toBe(false)
        }
        expect(reachedNext).toBe(false)
      } finally {
        server.closeAllConnections()
        server.close()
      }
    })
  })
})
