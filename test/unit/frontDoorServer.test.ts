import { connect } from 'node:net'
import type { AddressInfo } from 'node:net'

import { describe, expect, it } from 'vitest'

import { createFrontDoorServer, serverTimeouts } from '../../src/frontDoorServer'

/**
 * A slowloris client: opens a request and sends one more header line every
 * `everyMs`, never finishing. Resolves with what the server answered and how
 * long the connection stayed open.
 */
const trickleHeaders = (port: number, everyMs: number) =>
  new Promise<{ answer: string; openMs: number }>((resolve, reject) => {
    const started = performance.now()
    const socket = connect(port, '127.0.0.1')
    let answer = ''
    let timer: NodeJS.Timeout | undefined
    socket.on('connect', () => {
      socket.write('GET /en/ HTTP/1.1\r\nHost: localhost\r\n')
      timer = setInterval(() => socket.writable && socket.write(`X-Slow-${Math.round(performance.now())}: x\r\n`), everyMs)
    })
    socket.on('data', (chunk) => (answer += chunk.toString()))
    socket.on('error', () => {})
    socket.on('close', () => {
      clearInterval(timer)
      resolve({ answer, openMs: performance.now() - started })
    })
    setTimeout(() => reject(new Error('the server kept the connection open for 30 s')), 30_000).unref()
  })

describe('front door server time limits', () => {
  it('sets every limit deliberately, not to Node’s defaults', () => {
    const server = createFrontDoorServer(() => {})
    expect(server.headersTimeout).toBe(serverTimeouts.headersMs)
    expect(server.requestTimeout).toBe(serverTimeouts.requestMs)
    expect(server.keepAliveTimeout).toBe(serverTimeouts.keepAliveMs)
    expect(serverTimeouts).toEqual({ headersMs: 10_000, requestMs: 60_000, keepAliveMs: 65_000, checkEveryMs: 1_000 })
  })

  it('closes a connection whose headers trickle in, within a second of the header limit, with a 408 that says why', { timeout: 30_000 }, async () => {
    let reached = false
    const server = createFrontDoorServer((_req, res) => {
      reached = true
      res.end('ok')
    }).listen(0)
    await new Promise<void>((resolve) => server.once('listening', () => resolve()))
    try {
      const { answer, openMs } = await trickleHeaders((server.address() as AddressInfo).port, 1_000)
      expect(answer).toMatch(/^HTTP\/1.1 408 Request Timeout/)
      expect(answer).toMatch(/The request took too long to arrive/)
      expect(openMs).toBeGreaterThan(serverTimeouts.headersMs - 500)
      expect(openMs).toBeLessThan(serverTimeouts.headersMs + serverTimeouts.checkEveryMs + 1_000)
      expect(reached).toBe(false)
    } finally {
      server.closeAllConnections()
      server.close()
    }
  })
})
