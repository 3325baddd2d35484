import type { AddressInfo } from 'node:net'

import express from 'express'
import { Redis } from 'ioredis'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { type ContentChange, onContentChange } from '../../src/render/cache/contentEvents'
import { PageCache } from '../../src/render/cache/pageCache'
import { startRedisRelay } from '../../src/render/cache/redisRelay'

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'

describe('page cache backstops', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('stops serving a cached page once it is older than the maximum age', async () => {
    const cache = new PageCache({ maxAgeMs: 60_000 })
    let renders = 0
    const app = express()
    app.use(cache.serve())
    app.get('/page', cache.record(), (_req, res) => {
      renders += 1
      res.send(`<p>render ${renders}</p>`)
    })
    const server = app.listen(0)
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/page`
    try {
      vi.useFakeTimers({ toFake: ['Date'] })
      expect((await fetch(url)).headers.get('x-cache')).toBe('miss')
      expect(await (await fetch(url)).text()).toBe('<p>render 1</p>')
      vi.setSystemTime(Date.now() + 59_000)
      expect((await fetch(url)).headers.get('x-cache')).toBe('hit')
      vi.setSystemTime(Date.now() + 2_000)
      const late = await fetch(url)
      expect(late.headers.get('x-cache')).toBe('miss')
      expect(await late.text()).toBe('<p>render 2</p>')
    } finally {
      server.close()
      cache.close()
    }
  })

  it('drops every cached page when the Redis connection comes back, since changes may have been missed', async () => {
    const seen: ContentChange[] = []
    const stop = onContentChange((change) => seen.push(change))
    const relay = await startRedisRelay(redisUrl)
    const admin = new Redis(redisUrl)
    try {
      const before = seen.length
      // Cut this process's subscriber connections; ioredis reconnects and subscribes again.
      await admin.client('KILL', 'TYPE', 'pubsub')
      const deadline = Date.now() + 10_000
      while (Date.now() < deadline && !seen.slice(before).some((change) => change.origin === 'redis-reconnect')) {
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      expect(seen.slice(before)).toContainEqual({ collection: '*', origin: 'redis-reconnect' })
    } finally {
      stop()
      await relay.close()
      admin.disconnect()
    }
  })
})
