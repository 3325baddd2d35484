import type { Payload } from 'payload'

/**
 * Payload on the database DATABASE_URI names, for the import and export
 * commands: configuration read first (a bad value ends in one line), the
 * migrations run as `npm start` runs them, and, with REDIS_URL, the relay
 * that tells every server instance's page cache about the changes.
 */
export const openPayload = async (): Promise<{ payload: Payload; close: () => Promise<void> }> => {
  const [{ env }, { parseDatabaseUri }, { probeDatabase }] = await Promise.all([import('../../env'), import('../../db'), import('../../probeDatabase')])
  await probeDatabase(parseDatabaseUri(env.databaseUri))
  const [{ getPayload }, { createConfig }, { startRedisRelay }] = await Promise.all([import('payload'), import('../../../payload.config'), import('../../render/cache/redisRelay')])
  const payload = await getPayload({ config: createConfig(), cron: false })
  // Without Redis, other processes' page caches catch up within PAGE_CACHE_MAX_AGE_S.
  const relay = env.redisUrl ? await startRedisRelay(env.redisUrl, (message) => payload.logger.warn(message)) : undefined
  return {
    payload,
    close: async () => {
      await relay?.close()
      await payload.destroy()
    },
  }
}
