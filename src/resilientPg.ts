import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import pg from 'pg'

type PoolConfig = ConstructorParameters<typeof pg.Pool>[0]

/** The adapter types `pg` with its own copy of @types/pg; at run time it is this same module. */
type AdapterPg = NonNullable<PostgresAdapterArgs['pg']>

/**
 * The `pg` module as the PostgreSQL adapter uses it, with a Pool that survives
 * the database going away. When PostgreSQL terminates a connection (restart,
 * failover, pg_terminate_backend), pg raises 'error' on the client and, if the
 * client was idle, on the pool; nobody listens by default, so Node ends the
 * process. Here both are heard: the dead client is dropped by the pool (an idle
 * one at once, a checked-out one when it is released), the failing request
 * answers 503, and the next query opens a fresh connection.
 */
export const resilientPg = (warn: (message: string) => void = (message) => console.warn(message)): AdapterPg => {
  class ResilientPool extends pg.Pool {
    constructor(config?: PoolConfig) {
      super(config)
      // The client's own listener below has already said it; this one only keeps the process up.
      this.on('error', () => {})
      this.on('connect', (client) => {
        // A client checked out between two queries of a transaction has no pool listener at all.
        client.on('error', (error: Error & { code?: string }) => {
          warn(`postgres: a connection was lost (${[error.code, error.message].filter(Boolean).join(' ')}); the pool opens a new one when needed`)
        })
      })
    }
  }
  return { ...pg, Pool: ResilientPool } as unknown as AdapterPg
}
