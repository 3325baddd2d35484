import { randomBytes } from 'node:crypto'
import { get } from 'node:http'

import type { Express } from 'express'
import { configToSchema } from '@payloadcms/graphql'
import { GraphQL } from '@payloadcms/graphql/types'
import { createHandler } from 'graphql-http/lib/use/fetch'
import { createPayloadRequest, getPayload, handleEndpoints, type Payload, type SanitizedConfig } from 'payload'

import { createConfig } from '../../payload.config'
import { createApp } from '../../src/app'
import { createTestDatabase, type TestDatabase, type TestDatabaseKind } from './databases'

export const testServerUrl = 'http://localhost:3999'

export type TestPayload = {
  payload: Payload
  config: SanitizedConfig
  database: TestDatabase
  app: Express
  /** Calls Payload's REST API the way Next's route handlers do (same handler, same config). */
  rest: (path: string, init?: RequestInit) => Promise<Response>
  /**
   * Runs a GraphQL query through Payload's schema on this test's own instance
   * (Next's route handler would reach a process-wide one), as an anonymous
   * reader unless the headers carry a token. Answers the JSON text.
   */
  graphql: (query: string, headers?: Record<string, string>) => Promise<string>
  /** Answers a GraphQL HTTP request as Payload's route handler in Next does (graphql-http, Payload's validation rules), on this test's instance. */
  graphqlHttp: (request: Request) => Promise<Response>
  /** Calls the Express front door over real HTTP. */
  http: (path: string, init?: RequestInit) => Promise<Response>
  /** A bare GET through node:http: fetch() turns conditional requests into no-cache ones. */
  rawGet: (path: string, headers?: Record<string, string>) => Promise<{ status: number; headers: Record<string, unknown> }>
  destroy: () => Promise<void>
}

/** A real Payload on a fresh database of the given kind, with the Express app listening on a free port. */
export const startTestPayload = async (
  kind: TestDatabaseKind,
  { timeZone = 'Europe/Moscow', smtpUrl }: { timeZone?: string; smtpUrl?: string } = {},
): Promise<TestPayload> => {
  const database = await createTestDatabase(kind)
  const key = `test-${randomBytes(6).toString('hex')}`
  // Never a real mail server from a developer's .env: the test's own, or the log.
  const config = await createConfig({ databaseUri: database.uri, production: false, serverUrl: testServerUrl, smtpUrl: smtpUrl ?? '' })
  const payload = await getPayload({ config, key, cron: false })
  let schema: ReturnType<typeof configToSchema>['schema'] | undefined
  let graphqlConfig: ReturnType<typeof configToSchema> | undefined
  const app = createApp({ payload, serverUrl: testServerUrl, timeZone })
  const server = app.listen(0)
  await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  const address = server.address()
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`

  return {
    payload,
    config,
    database,
    app,
    rest: (path, init) =>
      handleEndpoints({ config, payloadInstanceCacheKey: key, request: new Request(testServerUrl + path, init) }),
    graphql: async (query, headers = {}) => {
      const request = new Request(`${testServerUrl}/api/graphql`, { method: 'POST', headers })
      const req = await createPayloadRequest({ config, request, payloadInstanceCacheKey: key })
      schema ??= configToSchema(config).schema
      return JSON.stringify(await GraphQL.graphql({ schema, source: query, contextValue: { req, headers: {} } }))
    },
    graphqlHttp: async (request) => {
      const req = await createPayloadRequest({ config, request: request.clone(), payloadInstanceCacheKey: key, canSetHeaders: true })
      graphqlConfig ??= configToSchema(config)
      const { schema: graphqlSchema, validationRules } = graphqlConfig
      return createHandler({
        schema: graphqlSchema,
        context: { req, headers: {} },
        validationRules: (_, args, defaultRules) => defaultRules.concat(validationRules(args)),
      })(request)
    },
    http: (path, init) => fetch(base + path, { redirect: 'manual', ...init }),
    rawGet: (path, headers = {}) =>
      new Promise((resolve, reject) => {
        get(base + path, { headers }, (response) => {
          response.resume()
          response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers }))
        }).on('error', reject)
      }),
    destroy: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await payload.destroy()
      // Payload's adapter keeps one PostgreSQL client checked out for ever; dropping the database
      // terminates it, which its pool reports as an error nobody listens to.
      const pool = (payload.db as { pool?: { on: (event: 'error', listener: () => void) => void; end: () => Promise<void> } }).pool
      if (pool) {
        pool.on('error', () => {})
        void pool.end().catch(() => {})
      }
      await database.drop()
    },
  }
}
