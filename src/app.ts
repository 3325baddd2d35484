import cookieParser from 'cookie-parser'
import type { IncomingMessage } from 'node:http'

import express, { type Express, type Response } from 'express'
import helmet from 'helmet'
import type { Payload } from 'payload'

import { env } from './env'
import { createPagePath, newDocumentsInDefaultLocale } from './http/newDocumentsInDefaultLocale'
import { authRateLimit, limitAuthAttempts } from './rateLimits'
import { PageCache } from './render/cache/pageCache'
import { sharedApiReads } from './render/cache/sharedApiReads'
import { publicApiController, readModelAnswers } from './render/controllers/publicApiController'
import { rememberLanguage } from './render/controllers/rememberLanguage'
import { sitemapLimit } from './render/data/publishedVersions'
import { loadStylesheet, type RenderContext } from './render/context'
import { errorPage, notFoundPage } from './render/middleware/errorPages'
import { openApiController } from './render/publicApiOpenApi'
import { publicRoutes } from './render/routes'
import { anonymousApiGate, type AnonymousApiGateOptions } from './security/anonymousApiGate'
import { apiErrors } from './security/apiErrors'
import { checkApiBody } from './security/checkApiBody'
import { passClientAddress } from './security/clientAddress'
import { graphqlAuthRateLimit } from './security/graphqlAuthRateLimit'
import { limitGraphqlTime } from './security/limitGraphqlTime'
import { refuseCostlyGraphql } from './security/refuseCostlyGraphql'
import { limitBody } from './security/limitBody'
import { staffSession } from './security/staffSession'

export type NextRequestHandler = (req: IncomingMessage, res: Response) => Promise<unknown>

export type AppOptions = {
  payload: Payload
  /** Next's request handler for Payload's admin, REST and GraphQL; absent in tests of the public site. */
  nextHandler?: NextRequestHandler
  serverUrl?: string
  timeZone?: string
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number
  /** Sign-in and password attempts allowed per address in ten minutes. */
  authAttemptsPerWindow?: number
  /** The published-page cache; false turns it off (benchmarks of cache-miss renders). */
  pageCache?: PageCache | false
  /** Anonymous REST reads of published content (src/render/cache/sharedApiReads.ts); false turns it off. */
  apiCache?: PageCache | false
  /** URLs per sitemap file before /sitemap.xml becomes an index. */
  sitemapUrlsPerFile?: number
  /** How long a GraphQL request may run before it is answered 503 (src/security/limitGraphqlTime.ts). */
  graphqlTimeLimitMs?: number
  /**
   * Limits on anonymous API reads that reach Payload (src/security/anonymousApiGate.ts); off unless
   * given, so tests that drive Payload through the front door are not limited. The server sets them.
   */
  anonymousApiLimits?: Pick<AnonymousApiGateOptions, 'concurrency' | 'busyPercent' | 'perMinute'> | false
}

/** Paths that belong to Payload's admin and API, served by Next. */
export const nextPaths = ['/admin', '/admin/{*splat}', '/api/{*splat}', '/_next/{*splat}']

const publicHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      // Payload's rich-text HTML marks underline and strike-through with style attributes.
      styleSrcAttr: ["'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  strictTransportSecurity: env.isProduction && env.serverUrl.startsWith('https:'),
})

// The admin is a Next app with inline scripts: every header but the CSP.
const adminHeaders = helmet({
  contentSecurityPolicy: false,
  strictTransportSecurity: env.isProduction && env.serverUrl.startsWith('https:'),
})

/** The Express front door. It never listens; src/server.ts does, and tests use it through supertest-like fetches. */
export const createApp = ({
  payload,
  nextHandler,
  serverUrl = env.serverUrl,
  timeZone = env.siteTimeZone,
  maxBodyBytes = 12 * 1024 * 1024,
  pageCache = new PageCache(),
  apiCache = new PageCache({ maxBytes: 16 * 1024 * 1024 }),
  authAttemptsPerWindow = 20,
  sitemapUrlsPerFile = sitemapLimit,
  graphqlTimeLimitMs,
  anonymousApiLimits = false,
}: AppOptions): Express => {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', env.trustProxy)
  app.set('etag', 'strong')
  const context: RenderContext = { payload, serverUrl, timeZone, stylesheet: loadStylesheet(), sitemapUrlsPerFile }

  app.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' })
  })
  app.get('/readyz', async (_req, res) => {
    res.set('Cache-Control', 'no-store')
    try {
      await withTimeout(payload.count({ collection: 'users', overrideAccess: true }), 3000)
      res.json({ status: 'ready', database: 'reachable' })
    } catch {
      res.status(503).json({ status: 'unavailable', database: 'unreachable' })
    }
  })

  // Cached public pages are answered here, ahead of the admin and the public router.
  app.use(rememberLanguage)
  if (pageCache) app.use(pageCache.serve())
  // Anonymous REST reads of published content, from a cache of their own (see sharedApiReads).
  if (apiCache) app.get('/api/{*splat}', sharedApiReads(apiCache, { warn: (message) => payload.logger.warn(message) }))
  // Anonymous reads of published statements, from the public read model at a page's cost.
  app.get('/api/statements{/*rest}', publicApiController(payload))
  // What the cache and the read model did not answer waits for Payload only within bounds, unless a session comes with it.
  if (anonymousApiLimits) {
    const gate = anonymousApiGate({
      ...anonymousApiLimits,
      exempt: readModelAnswers(payload),
      isStaff: staffSession({ secret: payload.secret, cookiePrefix: payload.config.cookiePrefix }),
      trust: app.get('trust proxy fn'),
    })
    app.locals.anonymousApiGate = gate
    app.use((req, res, next) => {
      if (gate.admit(req, res)) next()
    })
  }
  // One limiter, so REST and GraphQL attempts from an address share one count.
  const authLimiter = authRateLimit({ limit: authAttemptsPerWindow })
  app.use(limitAuthAttempts(authLimiter))
  app.post('/api/{*splat}', limitBody(maxBodyBytes), graphqlAuthRateLimit({ limiter: authLimiter, maxBytes: maxBodyBytes }), refuseCostlyGraphql({ payload }))
  app.all('/api/{*splat}', limitGraphqlTime({ timeLimitMs: graphqlTimeLimitMs }))
  app.all('/api/{*splat}', limitBody(maxBodyBytes), checkApiBody({ payload, maxBytes: maxBodyBytes }))
  if (nextHandler) {
    app.get(createPagePath, newDocumentsInDefaultLocale)
    // A check above may have read the body already; Next then reads the copy it left.
    app.all(nextPaths, adminHeaders, limitBody(maxBodyBytes), passClientAddress, (req, res) =>
      nextHandler((res.locals.requestForNext as IncomingMessage | undefined) ?? req, res),
    )
    app.use('/api', apiErrors(payload))
  }

  // The public read API's description (docs/public-api.md); outside /api/, which is Payload's.
  app.get('/openapi.json', publicHeaders, openApiController(serverUrl))
  app.use(publicHeaders, cookieParser())
  app.use(publicRoutes(context, pageCache || undefined))
  app.use(notFoundPage(context))
  app.use(errorPage(context))
  return app
}

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms)
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error) => {
        clearTimeout(timer)
        reject(error)
      },
    )
  })
