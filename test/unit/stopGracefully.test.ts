import { createServer, get, type IncomingMessage, type Server } from 'node:http'

import { afterEach, describe, expect, it } from 'vitest'

import { stopGracefully } from '../../src/stopGracefully'

/** A server whose /slow answers only when the test says so; everything else answers at once. */
const serverWithSlowRoute = async () => {
  let release: () => void = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  let slowArrived: () => void = () => {}
  const arrived = new Promise<void>((resolve) => (slowArrived = resolve))
  const server = createServer((req, res) => {
    if (req.url !== '/slow') return void res.end('quick')
    slowArrived()
    void released.then(() => res.end('slow'))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  return { server, base, release, arrived }
}

const fetchRaw = (url: string): Promise<{ response: IncomingMessage; body: string }> =>
  new Promise((resolve, reject) => {
    get(url, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({ response, body }))
    }).on('error', reject)
  })

const quietLog = { info: () => {}, warn: () => {} }
let server: Server | undefined

afterEach(() => {
  server?.closeAllConnections()
})

describe('stopGracefully', () => {
  it('finishes a request in flight with Connection: close, then runs the closers in order and exits 0', async () => {
    const slow = await serverWithSlowRoute()
    server = slow.server
    const closed: string[] = []
    let exitCode: number | undefined
    const { stop } = stopGracefully(slow.server, {
      signals: [],
      log: quietLog,
      exit: (code) => (exitCode = code),
      closers: [
        { name: 'Next', close: async () => closed.push('Next') },
        { name: 'the database', close: async () => closed.push('the database') },
      ],
    })
    const answer = fetchRaw(`${slow.base}/slow`)
    await slow.arrived
    const stopped = stop('SIGTERM')
    // Refused at once: the listener is closed before the slow request is answered.
    await expect(fetchRaw(`${slow.base}/quick`)).rejects.toMatchObject({ code: 'ECONNREFUSED' })
    expect(closed).toEqual([])
    slow.release()
    const { response, body } = await answer
    await stopped
    expect(body).toBe('slow')
    expect(response.headers.connection).toBe('close')
    expect(closed).toEqual(['Next', 'the database'])
    expect(exitCode).toBe(0)
  })

  it('cuts requests still open at the ceiling, still closes everything, and exits 1', async () => {
    const slow = await serverWithSlowRoute()
    server = slow.server
    const closed: string[] = []
    let exitCode: number | undefined
    const warnings: string[] = []
    const { stop } = stopGracefully(slow.server, {
      signals: [],
      ceilingMs: 200,
      log: { info: () => {}, warn: (message) => warnings.push(message) },
      exit: (code) => (exitCode = code),
      closers: [{ name: 'the database', close: async () => closed.push('the database') }],
    })
    const answer = fetchRaw(`${slow.base}/slow`).catch((error: NodeJS.ErrnoException) => error.code)
    await slow.arrived
    await stop('SIGTERM')
    expect(await answer).toBe('ECONNRESET')
    expect(warnings.join('\n')).toMatch(/1 requests still open after 0.2 s/)
    expect(closed).toEqual(['the database'])
    expect(exitCode).toBe(1)
  })

  it('goes on when a closer fails or hangs, and says which', async () => {
    const slow = await serverWithSlowRoute()
    server = slow.server
    const warnings: string[] = []
    let exitCode: number | undefined
    const { stop } = stopGracefully(slow.server, {
      signals: [],
      closerCeilingMs: 100,
      log: { info: () => {}, warn: (message) => warnings.push(message) },
      exit: (code) => (exitCode = code),
      closers: [
        { name: 'Redis', close: () => Promise.reject(new Error('connection lost')) },
        { name: 'Next', close: () => new Promise(() => {}) },
      ],
    })
    await stop('SIGINT')
    expect(warnings).toEqual(['closing Redis failed: connection lost', 'closing Next took longer than 0.1 s; going on'])
    expect(exitCode).toBe(0)
  })
})
