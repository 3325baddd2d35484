import { createHash } from 'node:crypto'

import { Redis } from 'ioredis'

/**
 * Wrong sign-ins per (account, address). An attempt is counted before the
 * password is checked and the count dropped when it succeeds, so concurrent
 * attempts cannot slip past the limit between check and count: the attempt
 * that makes the count pass `max` is refused unchecked.
 */
export type SignInFailures = {
  /** Counts an attempt; the count after it, which past `max` means locked. */
  attempt: (account: string, address: string) => Promise<number>
  /** A successful sign-in from this address. */
  succeeded: (account: string, address: string) => Promise<void>
  /** An administrator's unlock: every address's count for the account. */
  unlock: (account: string) => Promise<void>
}

export type SignInLockPolicy = { max: number; windowMs: number; lockMs: number }

export const signInLockPolicy: SignInLockPolicy = { max: 5, windowMs: 10 * 60 * 1000, lockMs: 10 * 60 * 1000 }

// Accounts are hashed: keys carry no e-mail addresses and no glob characters.
const accountKey = (account: string) => createHash('sha256').update(account.trim().toLowerCase()).digest('base64url')

/** In memory, for one instance (both Payload instances in the process share it, through globalThis). Bounded. */
export const memorySignInFailures = (policy = signInLockPolicy, maxKeys = 100_000): SignInFailures => {
  const counts = new Map<string, { count: number; expiresAt: number }>()
  const key = (account: string, address: string) => `${accountKey(account)} ${address}`
  return {
    attempt: async (account, address) => {
      const now = Date.now()
      const k = key(account, address)
      let entry = counts.get(k)
      if (!entry || entry.expiresAt <= now) {
        counts.delete(k)
        entry = { count: 0, expiresAt: now + policy.windowMs }
        // Oldest first out: flooding it needs more attempts than the per-address limit allows.
        while (counts.size >= maxKeys) counts.delete(counts.keys().next().value as string)
        counts.set(k, entry)
      }
      entry.count++
      if (entry.count === policy.max) entry.expiresAt = now + policy.lockMs
      return entry.count
    },
    succeeded: async (account, address) => {
      counts.delete(key(account, address))
    },
    unlock: async (account) => {
      const prefix = `${accountKey(account)} `
      for (const k of counts.keys()) if (k.startsWith(prefix)) counts.delete(k)
    },
  }
}

/** In Redis, so every instance sees the same counts: one key per (account, address), expiring by itself. */
export const redisSignInFailures = (redis: Redis, policy = signInLockPolicy): SignInFailures => {
  const key = (account: string, address: string) => `statements-cms:sign-in:${accountKey(account)}:${address}`
  return {
    attempt: async (account, address) => {
      const k = key(account, address)
      // Made with its expiry in the same transaction: a count never outlives its window.
      const results = await redis.multi().set(k, 0, 'PX', policy.windowMs, 'NX').incr(k).exec()
      const count = Number(results?.[1]?.[1])
      if (!Number.isInteger(count)) throw new Error('Redis did not count the attempt')
      if (count === policy.max) await redis.pexpire(k, policy.lockMs)
      return count
    },
    succeeded: async (account, address) => {
      await redis.del(key(account, address))
    },
    unlock: async (account) => {
      let cursor = '0'
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `statements-cms:sign-in:${accountKey(account)}:*`, 'COUNT', 500)
        if (keys.length > 0) await redis.del(...keys)
        cursor = next
      } while (cursor !== '0')
    },
  }
}

const shared = globalThis as typeof globalThis & { statementsSignInFailures?: SignInFailures }

/**
 * The process's store: Redis when REDIS_URL is set (several instances agree),
 * memory otherwise; kept on globalThis so Express's Payload and the one in
 * Next's bundle count together. Should Redis fail, memory answers meanwhile.
 */
export const signInFailures = (redisUrl: string | undefined): SignInFailures => {
  if (shared.statementsSignInFailures) return shared.statementsSignInFailures
  const memory = memorySignInFailures()
  if (!redisUrl) return (shared.statementsSignInFailures = memory)
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: true })
  redis.on('error', () => {})
  const remote = redisSignInFailures(redis)
  const either = <R>(fromRedis: () => Promise<R>, fromMemory: () => Promise<R>): Promise<R> => fromRedis().catch(fromMemory)
  return (shared.statementsSignInFailures = {
    attempt: (account, address) => either(() => remote.attempt(account, address), () => memory.attempt(account, address)),
    succeeded: (account, address) => either(() => remote.succeeded(account, address), () => memory.succeeded(account, address)),
    unlock: (account) => either(() => remote.unlock(account), () => memory.unlock(account)),
  })
}
