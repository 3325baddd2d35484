import type { Server } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import next from 'next'
import { getPayload } from 'payload'

import config from '../payload.config'
import { createApp } from './app'
import { cachedPagesFirst } from './cachedPagesFirst'
import { parseDatabaseUri } from './db'
import { exitWithOneLine } from './configError'
import { env } from './env'
import { createFrontDoorServer } from './frontDoorServer'
import { runJobsIn } from './jobs/jobRunner'
import { probeDatabase } from './probeDatabase'
import { projectRoot } from './projectRoot'
import { PageCache } from './render/cache/pageCache'
import { startRedisRelay } from './render/cache/redisRelay'
import { seedDemo } from './seed/seedDemo'
import { stopGracefully } from './stopGracefully'

/** Boots Payload, Next (admin and API) and the Express front door, and stops them gracefully on SIGTERM or SIGINT. */
export const startServer = async (): Promise<Server> => {
  await probeDatabase(parseDatabaseUri(env.databaseUri))
  const payload = await getPayload({ config })
  runJobsIn(payload)
  if (env.seedDemo) {
    const { created } = await seedDemo(payload)
    if (created > 0) payload.logger.info(`Seeded ${created} demo documents`)
  }
  const relay = env.redisUrl ? await startRedisRelay(env.redisUrl, (message) => payload.logger.warn(message)) : null
  const nextApp = next({ dev: !env.isProduction, dir: projectRoot, quiet: env.isProduction })
  await nextApp.prepare()
  const handle = nextApp.getRequestHandler()
  const pageCache = env.pageCacheBytes > 0 ? new PageCache({ maxBytes: env.pageCacheBytes, maxAgeMs: env.pageCacheMaxAgeSeconds * 1000 }) : false
  // A quarter of the pages' memory for anonymous API reads; both off with PAGE_CACHE_MB=0.
  const apiCache = pageCache && new PageCache({ maxBytes: env.pageCacheBytes / 4, maxAgeMs: env.pageCacheMaxAgeSeconds * 1000 })
  const anonymousApiLimits = { concurrency: env.anonymousApiConcurrency, busyPercent: env.anonymousApiBusyPercent, perMinute: env.anonymousApiPerMinute }
  const app = createApp({ payload, nextHandler: (req, res) => handle(req, res), pageCache, apiCache, anonymousApiLimits })

  const server = await new Promise<Server>((resolve) => {
    const listening = createFrontDoorServer(cachedPagesFirst(app, pageCache, apiCache)).listen(env.port, () => resolve(listening))
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : env.port
  console.log(`Public site: http://localhost:${port}/en/  and  http://localhost:${port}/ru/`)
  console.log(`Admin:       http://localhost:${port}/admin`)

  stopGracefully(server, {
    closers: [
      { name: 'Next', close: () => nextApp.close() },
      ...(relay ? [{ name: 'Redis', close: () => relay.close() }] : []),
      { name: 'the database', close: () => payload.destroy() },
    ],
    log: { info: (message) => payload.logger.info(message), warn: (message) => payload.logger.warn(message) },
  })
  return server
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (isMain) {
  startServer().catch((error: unknown) => {
    exitWithOneLine(error)
  })
}
