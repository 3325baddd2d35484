import type { IncomingMessage, ServerResponse } from 'node:http'

import type { NextFunction, Request, Response } from 'express'

import { hasOnlyKnownParameters, payloadReadParameters } from './knownQuery'
import type { PageCache } from './pageCache'
import { unpublishedLanguageIn } from './unpublishedLanguageIn'

/**
 * REST reads of what the public may read: the public collections (a list, one
 * document, a count) and the site settings. Not versions, files, or anything
 * under a document id.
 */
const publicReads = /^\/api\/(?:(?:statements|people|topics|media)(?:\/[^/?]+)?|globals\/site-settings)(?:\?|$)/

/**
 * A read whose answer is the same for every reader who sends it: no
 * credentials of any kind (no Authorization, no cookie, where Payload's
 * session lives) and no Origin, which Payload's CORS answer depends on.
 * Its query holds only parameters Payload reads (./knownQuery.ts).
 */
export const isSharedApiRead = (req: IncomingMessage): boolean =>
  (req.method === 'GET' || req.method === 'HEAD') &&
  req.headers.authorization === undefined &&
  req.headers.cookie === undefined &&
  req.headers.origin === undefined &&
  publicReads.test(req.url ?? '') &&
  hasOnlyKnownParameters(req.url ?? '', payloadReadParameters)

/** Why an answer may not be kept for everyone, or undefined when it may. */
const unfitToShare = (body: Buffer): string | undefined => {
  let answer: unknown
  try {
    answer = JSON.parse(body.toString('utf8'))
  } catch {
    return 'its body is not JSON, so it cannot be checked'
  }
  const unpublished = unpublishedLanguageIn(answer)
  return unpublished && `it holds a language that is not published: ${unpublished}`
}

/**
 * Answers anonymous REST reads of published content from a cache of their
 * own, and stores Next's 200 answers to them on their way out, until
 * published content changes (the same event that empties the page cache, in
 * every instance). Such a read is a Payload query behind Next's handler
 * (a list of 20 took 97 ms alone at 10,000 statements on SQLite); a hit is a
 * memory copy. The cache is separate from the pages' so that a request with
 * credentials is never answered from it: the page cache answers any request.
 */
export const sharedApiReads =
  (cache: PageCache, { maxBytes = 4 * 1024 * 1024, warn = (message: string) => console.warn(message) } = {}) =>
  (req: Request, res: Response, next: NextFunction) => {
    if (!isSharedApiRead(req)) return next()
    if (cache.answer(req, res)) return
    if (req.method === 'HEAD') return next()
    const key = req.originalUrl
    const generation = cache.currentGeneration
    // Next compresses for clients that accept it; the copy kept must suit every client, as pages do.
    delete req.headers['accept-encoding']
    const chunks: Buffer[] = []
    let size = 0
    const capture = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function' || size > maxBytes) return
      const buffer = Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk as Uint8Array)
      size += buffer.length
      chunks.push(buffer)
    }
    const node = res as ServerResponse
    const write = node.write.bind(node) as (...args: unknown[]) => boolean
    const end = node.end.bind(node) as (...args: unknown[]) => ServerResponse
    node.write = ((chunk: unknown, ...rest: unknown[]) => {
      capture(chunk, rest[0])
      return write(chunk, ...rest)
    }) as typeof node.write
    node.end = ((chunk?: unknown, ...rest: unknown[]) => {
      capture(chunk, rest[0])
      const type = String(node.getHeader('content-type') ?? '')
      if (node.statusCode === 200 && size <= maxBytes && type.startsWith('application/json') && !node.getHeader('content-encoding') && !node.getHeader('set-cookie')) {
        const headers = Object.fromEntries(Object.entries(node.getHeaders()).flatMap(([name, value]) => (value === undefined ? [] : [[name, String(value)]])))
        // A shared cache in front must not hand this copy to a request with credentials or from another origin.
        headers.vary = [headers.vary, 'Authorization, Cookie, Origin'].filter(Boolean).join(', ')
        const body = Buffer.concat(chunks)
        // Checked before keeping: a language that is not published must not be handed to every reader after.
        const unfit = unfitToShare(body)
        if (unfit) warn(`API cache: not keeping ${key.slice(0, 200)}: ${unfit}`)
        else cache.keep(key, body, headers, generation)
      }
      return end(chunk, ...rest)
    }) as typeof node.end
    next()
  }
