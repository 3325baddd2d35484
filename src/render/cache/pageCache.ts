import { createHash } from 'node:crypto'

import type { IncomingMessage, ServerResponse } from 'node:http'

import type { NextFunction, Request, Response } from 'express'

import { onContentChange } from './contentEvents'

/**
 * Browsers and proxies may keep a page but must ask again each time; the
 * ETag makes that a cheap 304, and a publish is visible at once.
 */
const revalidate = 'public, no-cache'

/** A page as it goes on the wire: the body's bytes and every header, worked out once when stored. */
type Entry = { body: Buffer; headers: Record<string, string>; notModified: Record<string, string>; etag: string; bytes: number; storedAt: number }

/** Headers that belong to one response only, never replayed from the cache. */
const personal = new Set(['set-cookie', 'x-cache', 'etag', 'content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding'])

/** Headers the cache sets itself when it stores an answer (Cache-Control with the ETag), so a stored one would go out twice. */
const ownHeaders = new Set([...personal, 'cache-control'])

/** What an entry holds besides its key, body and headers: the Map slot, objects and Buffer, roughly. */
const entryOverheadBytes = 512

/**
 * What an entry costs in memory, as the cache counts it against its limit:
 * the key (an address may be long: a 14 KB query string), the body, and every
 * header name and value, not the body alone.
 */
const entrySize = (key: string, body: Buffer, headers: Record<string, string>): number => {
  let size = entryOverheadBytes + Buffer.byteLength(key) + body.length
  for (const [name, value] of Object.entries(headers)) size += name.length + Buffer.byteLength(value)
  return size
}

/** The validator of a stored answer: a hash of its bytes, the same on a miss as on a hit. */
const strongEtag = (body: string | Buffer): string => `"${createHash('sha1').update(body).digest('base64url')}"`

/** If-None-Match against a strong ETag: a list, `*`, and weak forms (W/) all count, as RFC 9110 says for GET. */
const matchesEtag = (header: string | undefined, etag: string): boolean => {
  if (!header) return false
  if (header.trim() === '*') return true
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag)
}

export type PageCacheOptions = { maxBytes?: number; maxAgeMs?: number }

/**
 * Rendered public pages, kept in memory (least recently used first out) until
 * published content changes anywhere; then all of it is dropped. Public pages
 * never depend on who is asking, so one copy serves every reader.
 */
export class PageCache {
  private readonly entries = new Map<string, Entry>()
  private bytes = 0
  /** Bumped on every clear, so a render that started before a change is not stored after it. */
  private generation = 0
  private readonly maxBytes: number
  private readonly maxAgeMs: number
  private readonly unsubscribe: () => void
  /** Pages being rendered now, by key: a request for one waits for that render instead of making its own. */
  private readonly rendering = new Map<string, Promise<void>>()
  hits = 0
  misses = 0
  /** Requests that waited for another's render of the same page and were answered from it. */
  joined = 0

  constructor({ maxBytes = 64 * 1024 * 1024, maxAgeMs = 300_000 }: PageCacheOptions = {}) {
    this.maxBytes = maxBytes
    this.maxAgeMs = maxAgeMs
    this.unsubscribe = onContentChange(() => this.clear())
  }

  get size(): number {
    return this.entries.size
  }

  /** The memory counted against `maxBytes`: keys, bodies and headers of every entry. */
  get storedBytes(): number {
    return this.bytes
  }

  clear(): void {
    this.generation++
    this.entries.clear()
    this.bytes = 0
  }

  close(): void {
    this.unsubscribe()
    this.clear()
  }

  private get(key: string): Entry | undefined {
    const entry = this.entries.get(key)
    if (entry && Date.now() - entry.storedAt > this.maxAgeMs) {
      this.entries.delete(key)
      this.bytes -= entry.bytes
      return undefined
    }
    if (entry) {
      // Re-insert: a Map iterates in insertion order, so the oldest key is the least recently used.
      this.entries.delete(key)
      this.entries.set(key, entry)
    }
    return entry
  }

  /** Counts content changes: an answer made before a change must not be stored after it. */
  get currentGeneration(): number {
    return this.generation
  }

  /**
   * Stores an answer made elsewhere (Next's API answers, captured on their way
   * out by ./sharedApiReads.ts) unless content changed since `generation`.
   */
  keep(key: string, body: Buffer, headers: Record<string, string>, generation: number): void {
    if (generation !== this.generation) return
    this.set(key, body, headers, strongEtag(body))
  }

  private set(key: string, content: string | Buffer, answered: Record<string, string>, etag: string): void {
    const body = typeof content === 'string' ? Buffer.from(content) : content
    // Whatever the case of their names: Node sends `cache-control` and `Cache-Control` as two headers.
    const stored = Object.fromEntries(Object.entries(answered).filter(([name]) => !ownHeaders.has(name.toLowerCase())))
    const notModified = { ...stored, ETag: etag, 'Cache-Control': revalidate, 'X-Cache': 'hit' }
    const headers = { ...notModified, 'Content-Length': String(body.length) }
    // Both header sets share their strings; the names and values are counted once, with the key.
    const bytes = entrySize(key, body, headers)
    if (bytes > this.maxBytes / 4) return
    const previous = this.entries.get(key)
    if (previous) this.bytes -= previous.bytes
    this.entries.set(key, { body, headers, notModified, etag, bytes, storedAt: Date.now() })
    this.bytes += bytes
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break
      this.entries.delete(oldest)
      this.bytes -= entry.bytes
    }
  }

  /**
   * Answers a GET or HEAD of a cached page straight on Node's response, with
   * the headers it was first sent with (security headers included) and any
   * `extra` ones; false when the page is not cached. This is the hot path:
   * everything about the answer was worked out when the page was stored.
   */
  answer(req: IncomingMessage, res: ServerResponse, extra?: Record<string, string>): boolean {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false
    const hit = this.get(req.url ?? '')
    if (!hit) return false
    this.hits++
    if (matchesEtag(req.headers['if-none-match'], hit.etag)) {
      res.writeHead(304, extra ? { ...hit.notModified, ...extra } : hit.notModified)
      res.end()
      return true
    }
    res.writeHead(200, extra ? { ...hit.headers, ...extra } : hit.headers)
    res.end(req.method === 'HEAD' ? undefined : hit.body)
    return true
  }

  /**
   * Early middleware: answers a cached page, or (the moment after a publish
   * emptied the cache, when a front page is wanted by many readers at once)
   * waits for the render of it already under way and answers from that, so
   * one render serves them all. Should that render not be stored (an error,
   * a 404, content changed meanwhile), each renders its own.
   */
  serve({ maxWaitMs = 5_000 } = {}) {
    // Headers already set on `res` (the language cookie) go out with the cached ones.
    return (req: Request, res: Response, next: NextFunction) => {
      if (this.answer(req, res)) return
      const underWay = req.method === 'GET' || req.method === 'HEAD' ? this.rendering.get(req.originalUrl) : undefined
      if (!underWay) return next()
      let timer: NodeJS.Timeout | undefined
      const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, maxWaitMs)))
      void Promise.race([underWay, waited]).then(() => {
        clearTimeout(timer)
        if (res.headersSent || res.destroyed) return
        if (this.answer(req, res)) this.joined++
        else next()
      })
    }
  }

  /** Late middleware, just before the public controllers: records a 200 answer on its way out. */
  record() {
    return (req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') return next()
      const key = req.originalUrl
      this.misses++
      if (!this.rendering.has(key)) {
        let done = () => {}
        this.rendering.set(key, new Promise<void>((resolve) => (done = resolve)))
        // 'close' comes after the answer is sent (and stored), or when the client went away.
        res.once('close', () => {
          this.rendering.delete(key)
          done()
        })
      }
      res.set({ 'Cache-Control': revalidate, 'X-Cache': 'miss' })
      const generation = this.generation
      const send = res.send.bind(res)
      res.send = (body?: unknown) => {
        if (res.statusCode === 200 && typeof body === 'string') {
          // The same validator on a miss as on a hit, so conditional requests work either way.
          const etag = strongEtag(body)
          res.set('ETag', etag)
          if (!res.get('Content-Type')) res.type('html')
          // CASE: an address with query parameters the route does not read (see ./knownQuery.ts) is answered, not kept.
          const knownQuery = !key.includes('?') || res.locals.knownQuery === true
          if (generation === this.generation && knownQuery) {
            const headers = Object.fromEntries(
              Object.entries(res.getHeaders())
                .filter(([, value]) => value !== undefined)
                .map(([name, value]) => [name, String(value)]),
            )
            this.set(key, body, headers, etag)
          }
        }
        return send(body)
      }
      next()
    }
  }
}
