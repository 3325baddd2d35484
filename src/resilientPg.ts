import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import pg from 'pg'

type PoolConfig = ConstructorParameters<typeof pg.Pool>[0]
type Client = pg.PoolClient
type Callback = (error: Error | undefined, client: Client | undefined, release: (error?: Error | boolean) => void) => void

/** The adapter types `pg` with its own copy of @types/pg; at run time it is this same module. */
type AdapterPg = NonNullable<PostgresAdapterArgs['pg']>

/**
 * The `pg` module as the PostgreSQL adapter uses it, with a Pool that survives
 * the database going away. When PostgreSQL terminates a connection (restart,
 * failover, pg_terminate_backend), pg raises 'error' on the client and, if the
 * client was idle, on the pool; nobody listens by default, so Node ends the
 * process. Here both are heard: the dead client is dropped by the pool, the
 * failing request answers 503, and the next query opens a fresh connection.
 *
 * A checked-out client that dies leaves the pool at once, rather than when its
 * holder releases it: drizzle never releases the client of a transaction whose
 * BEGIN failed, and each such client held a pool slot for ever. After a few
 * seconds of lost connections the pool had no slot left and every request
 * waited out the connection timeout (503s long after the database was back).
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

    // Both forms: the adapter awaits a client, pg's own pool.query() passes a callback.
    override connect(): Promise<Client>
    override connect(callback: Callback): void
    override connect(callback?: Callback): Promise<Client> | void {
      if (!callback) return super.connect().then(releasedWhenLost)
      super.connect((error, client, release) => (client ? callback(error, releasedWhenLost(client), client.release) : callback(error, client, release)))
    }
  }
  return { ...pg, Pool: ResilientPool } as unknown as AdapterPg
}

/** Releases the client to the pool (which closes it) as soon as its connection is lost; its holder's own release then does nothing. */
const releasedWhenLost = (client: Client): Client => {
  const release = client.release.bind(client)
  let released = false
  const lost = (error: Error) => {
    if (released) return
    released = true
    release(error)
  }
  client.once('error', lost)
  client.release = (error?: Error | boolean) => {
    client.off('error', lost)
    if (released) return
    released = true
    release(error)
  }
  return client
}
