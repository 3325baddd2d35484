import { Agent, request } from 'node:http'
import { connect } from 'node:net'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '../helpers/freePort'
import { type ServerProcess, startServerProcess } from '../helpers/serverProcess'
import { waitUntil } from '../helpers/waitUntil'

type Outcome =
  | { kind: 'answered'; status: number; connectionClose: boolean }
  | { kind: 'cut'; code: string; afterHeaders: boolean; detail: string }

// Pages rendered afresh each time (PAGE_CACHE_MB=0), so every request does the server's real work.
const paths = ['/en/', '/ru/', '/en/statements', '/ru/statements', '/en/search?q=trade', '/ru/search?q=торговля']
const ceilingMs = 10_000

/** One GET on the shared keep-alive agent; resolves with how it ended, never rejects. */
const get = (agent: Agent, url: string): Promise<Outcome> =>
  new Promise((resolve) => {
    let afterHeaders = false
    const req = request(url, { agent }, (response) => {
      afterHeaders = true
      response.on('error', () => {})
      response.resume()
      // 'close' comes after the last byte, or instead of it when the connection was cut.
      response.on('close', () =>
        resolve(
          response.complete
            ? { kind: 'answered', status: response.statusCode ?? 0, connectionClose: response.headers.connection === 'close' }
            : { kind: 'cut', code: 'incomplete body', afterHeaders, detail: url },
        ),
      )
    })
    const started = Date.now()
    req.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ kind: 'cut', code: error.code ?? error.message, afterHeaders, detail: `${url}: ${error.message} after ${Date.now() - started} ms${req.reusedSocket ? ' on a reused socket' : ''}` }),
    )
    req.end()
  })

type HalfRequest = { finish: () => void; answer: Promise<string> }

/**
 * Opens a connection and sends half a request's headers, so the server has
 * begun reading it; `finish` sends the rest; `answer` is everything the server
 * sent back before the connection closed.
 */
const startHalfRequest = (port: number, requestPath: string): Promise<HalfRequest> =>
  new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    let text = ''
    const answer = new Promise<string>((done) => socket.on('close', () => done(text)))
    socket.setEncoding('latin1')
    socket.on('data', (chunk: string) => (text += chunk))
    socket.once('error', reject)
    socket.once('connect', () => {
      socket.on('error', () => {})
      socket.write(`GET ${requestPath} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`)
      resolve({ finish: () => socket.write('Accept: text/html\r\n\r\n'), answer })
    })
  })

describe('graceful shutdown of the front door on SIGTERM under load (SQLite, Next in development mode)', () => {
  let dir: string
  let server: ServerProcess

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cms-shutdown-'))
    server = await startServerProcess({
      port: await freePort(),
      entry: 'src/server.ts',
      env: { NODE_ENV: 'development', DATABASE_URI: `file:${path.join(dir, 'cms.db')}`, SEED_DEMO: 'true', PAGE_CACHE_MB: '0', LOG_LEVEL: 'info' },
    })
  })
  afterAll(async () => {
    if (server?.child.exitCode === null) server.child.kill('SIGKILL')
    rmSync(dir, { recursive: true, force: true })
  })

  it('answers every request it received, in full, then exits 0 within the ceiling', async () => {
    const port = Number(new URL(server.url).port)
    const agent = new Agent({ keepAlive: true, maxSockets: 24 })
    const outcomes: Outcome[] = []
    let signalledAt = 0
    let answeredBeforeSignal = 0

    // Workers keep 24 keep-alive connections busy until the server refuses a new one.
    const worker = async (offset: number) => {
      for (let i = offset; ; i += 1) {
        const outcome = await get(agent, `${server.url}${paths[i % paths.length]}`)
        outcomes.push(outcome)
        if (outcome.kind === 'answered' && !signalledAt) answeredBeforeSignal += 1
        if (outcome.kind === 'cut' && (outcome.code === 'ECONNREFUSED' || server.child.exitCode !== null)) return
      }
    }
    // Three requests whose headers the server has begun to read, sent while it is idle: a saturated
    // server can leave a new connection in the kernel's accept queue for seconds.
    const halves = await Promise.all(paths.slice(0, 3).map((requestPath) => startHalfRequest(port, requestPath)))
    const load = Promise.all(Array.from({ length: 24 }, (_, i) => worker(i)))

    await waitUntil('the server to answer 100 requests under load', () => answeredBeforeSignal >= 100, { timeoutMs: 60_000 })
    signalledAt = Date.now()
    server.child.kill('SIGTERM')
    await waitUntil('the server to start draining', () => /refusing new connections/.test(server.output()))
    halves.forEach((half) => half.finish())
    const halfAnswers = await Promise.all(halves.map((half) => half.answer))
    // Past the ceiling and the closers' time the process is stuck: fail with its output rather than hang.
    const code = await Promise.race([
      server.exited,
      waitUntil('the process to exit', () => false, { timeoutMs: ceilingMs + 10_000 }).catch(() => {
        throw new Error(`still running ${ceilingMs + 10_000} ms after SIGTERM:\n${server.output().slice(-3000)}`)
      }),
    ])
    const stoppedIn = Date.now() - signalledAt
    await load
    agent.destroy()

    const log = server.output()
    expect(code, log.slice(-2000)).toBe(0)
    expect(stoppedIn).toBeLessThan(ceilingMs)
    const totals = /answered (\d+) of (\d+) requests received, (\d+) of them while draining/.exec(log)
    expect(totals, 'the totals were logged').not.toBeNull()
    const [answeredByServer, receivedByServer, answeredInDrain] = totals!.slice(1).map(Number) as [number, number, number]

    // What the server had begun to read when SIGTERM came, it finished: the half requests are answered, told to close.
    for (const answer of halfAnswers) {
      expect(answer).toMatch(/^HTTP\/1\.1 200 /)
      expect(answer).toMatch(/\r\nConnection: close\r\n/i)
      expect(answer).toMatch(/<\/html>\s*$/)
    }
    expect(answeredInDrain).toBeGreaterThanOrEqual(halves.length)
    // Every answer a client got was whole and 2xx; no response was cut once it had begun.
    const answered = outcomes.filter((o) => o.kind === 'answered')
    const cut = outcomes.filter((o) => o.kind === 'cut')
    expect(answered.filter((o) => o.status < 200 || o.status >= 300)).toEqual([])
    expect(cut.filter((o) => o.afterHeaders)).toEqual([])
    // The only failures are connections refused once the listener closed, or a request written to a
    // keep-alive socket as it closed, which the server never received (the ledger below proves it).
    expect(cut.filter((o) => !['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'socket hang up'].includes(o.code))).toEqual([])
    // The ledger balances: each request the server received was answered, and each answer reached a client.
    expect(answeredByServer).toBe(receivedByServer)
    expect(receivedByServer).toBe(answered.length + halfAnswers.length + server.probesAnswered)
  })
})
