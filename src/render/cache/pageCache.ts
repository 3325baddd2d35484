import { createHash } from 'node:crypto'

import type { NextFunction, Request, Response } from 'express'

import { onContentChange } from './contentEvents'

/**
 * Browsers and proxies may keep a page but must ask again each time; the
 * ETag makes that a cheap 304, and a publish is visible at once.
 */
const revalidate = 'public, no-cache'

type Entry = { body: string; type: string; etag: string; bytes: number }

export type PageCacheOptions = { maxBytes?: number }

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
  private readonly unsubscribe: () => void
  hits = 0
  misses = 0

  constructor({ maxBytes = 64 * 1024 * 1024 }: PageCacheOptions = {}) {
    this.maxBytes = maxBytes
    this.unsubscribe = onContentChange(() => this.clear())
  }

  get size(): number {
    return this.entries.size
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
    if (entry) {
      // Re-insert: a Map iterates in insertion order, so the oldest key is the least recently used.
      this.entries.delete(key)
      this.entries.set(key, entry)
    }
    return entry
  }

  private set(key: string, body: string, type: string, etag: string): void {
    const bytes = Buffer.byteLength(body)
    if (bytes > this.maxBytes / 4) return
    const previous = this.entries.get(key)
    if (previous) this.bytes -= previous.bytes
    this.entries.set(key, { body, type, etag, bytes })
    this.bytes += bytes
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break
      this.entries.delete(oldest)
      this.bytes -= entry.bytes
    }
  }

  /** Express middleware: answers GET/HEAD from the cache, or records a 200 answer on its way out. */
  middleware() {
    return (req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') return next()
      const key = req.originalUrl
      const hit = this.get(key)
      if (hit) {
        this.hits++
        res.set({ 'Content-Type': hit.type, ETag: hit.etag, 'Cache-Control': revalidate, 'X-Cache': 'hit' })
        if (req.fresh) return void res.status(304).end()
        return void res.status(200).send(hit.body)
      }
      this.misses++
      res.set({ 'Cache-Control': revalidate, 'X-Cache': 'miss' })
      const generation = this.generation
      const send = res.send.bind(res)
      res.send = (body?: unknown) => {
        if (res.statusCode === 200 && typeof body === 'string') {
          // The same validator on a miss as on a hit, so conditional requests work either way.
          const etag = `"${createHash('sha1').update(body).digest('base64url')}"`
          res.set('ETag', etag)
          if (generation === this.generation) this.set(key, body, String(res.get('Content-Type') ?? 'text/html; charset=utf-8'), etag)
        }
        return send(body)
      }
      next()
    }
  }
}
