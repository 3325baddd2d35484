import type { Server } from 'node:http'

import { type AppOptions, createApp, type NextRequestHandler } from '../../src/app'
import { explainClientErrors } from '../../src/security/explainClientErrors'
import type { TestPayload } from './testPayload'

// Framing headers describe the stream the front door read, not the body handed on.
const framing = new Set(['host', 'content-length', 'transfer-encoding', 'connection'])

/**
 * Payload's REST handler standing in for Next, fed the method, headers and
 * body the front door hands on, so REST paths meet the same checks as in
 * production without a Next build.
 */
export const restStandInForNext =
  (t: TestPayload): NextRequestHandler =>
  async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string' && !framing.has(name)) headers.set(name, value)
    }
    const body = Buffer.concat(chunks)
    const answer = await t.rest(req.url ?? '/', { method: req.method, headers, body: body.length > 0 && req.method !== 'GET' ? body : undefined })
    res.status(answer.status).type(answer.headers.get('content-type') ?? 'text/plain').send(Buffer.from(await answer.arrayBuffer()))
  }

/** Payload's GraphQL route standing in for Next, fed what the front door hands on. */
export const graphqlStandInForNext =
  (t: TestPayload, { seen = () => {} }: { seen?: (body: string) => void } = {}): NextRequestHandler =>
  async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    seen(Buffer.concat(chunks).toString())
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string' && !framing.has(name)) headers.set(name, value)
    }
    const answer = await t.graphqlHttp(new Request(`http://localhost${req.url ?? '/'}`, { method: req.method, headers, body: req.method === 'POST' ? Buffer.concat(chunks) : undefined }))
    res.status(answer.status).type(answer.headers.get('content-type') ?? 'text/plain').send(Buffer.from(await answer.arrayBuffer()))
  }

/** The Express front door on a free port, answering malformed HTTP as the server does when `explainErrors`. */
export const listenFrontDoor = async (options: AppOptions, { explainErrors = false } = {}): Promise<{ server: Server; port: number; base: string }> => {
  const server = createApp(options).listen(0)
  if (explainErrors) explainClientErrors(server)
  await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return { server, port, base: `http://127.0.0.1:${port}` }
}
