import { randomUUID } from 'node:crypto'

import { Redis } from 'ioredis'

import { announceContentChange, type ContentChange, onContentChange } from './contentEvents'

export const channel = 'statements-cms:content-changed'

/** Marks the local "drop everything" after a reconnect, so it is not sent on to the others. */
const reconnectOrigin = 'redis-reconnect'

/**
 * Relays content changes between instances through Redis pub/sub: a change
 * made here is published for the others, and theirs are announced here.
 * Each instance tags its messages, so it never hears its own echo.
 */
export const startRedisRelay = async (url: string, log: (message: string) => void = () => {}) => {
  const origin = randomUUID()
  const publisher = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 })
  const subscriber = new Redis(url, { lazyConnect: true })
  publisher.on('error', (error) => log(`redis publisher: ${error.message}`))
  subscriber.on('error', (error) => log(`redis subscriber: ${error.message}`))
  await Promise.all([publisher.connect(), subscriber.connect()])
  await subscriber.subscribe(channel)
  // Messages sent while the connection was down are lost: after a reconnect, start from an empty cache.
  let connected = true
  subscriber.on('close', () => {
    connected = false
  })
  subscriber.on('ready', () => {
    if (connected) return
    connected = true
    log('redis relay: reconnected; dropping cached pages that may have missed changes')
    announceContentChange({ collection: '*', origin: reconnectOrigin })
  })
  subscriber.on('message', (_channel: string, message: string) => {
    try {
      const change = JSON.parse(message) as ContentChange
      if (change.origin !== origin) announceContentChange(change)
    } catch {
      log('redis relay: ignored a malformed message')
    }
  })
  const stop = onContentChange((change) => {
    // Only what happened here goes out; what came in from Redis carries another origin.
    if (change.origin === undefined) void publisher.publish(channel, JSON.stringify({ ...change, origin })).catch(() => {})
  })
  return {
    close: async () => {
      stop()
      await Promise.allSettled([subscriber.quit(), publisher.quit()])
    },
  }
}
