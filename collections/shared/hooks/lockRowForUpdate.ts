import { sql } from '@payloadcms/db-postgres'
import type { CollectionBeforeOperationHook } from 'payload'

type Session = { db: { execute: (query: ReturnType<typeof sql>) => Promise<unknown> } }
type PostgresLike = { name: string; sessions?: Record<string, Session>; tableNameMap?: Map<string, string> }

/**
 * On PostgreSQL, an update of one document takes its row lock before Payload
 * reads the document it will merge the changes into. Payload rewrites every
 * language's row on each save, from the document it read at the start: two
 * saves of different languages at once would each write back the other's
 * language as it was, and the later commit would silently undo the earlier
 * one (and both would pass the revision check). With the lock, the second
 * save waits for the first to commit and then reads what it wrote. SQLite
 * needs nothing here: its write transactions already run one at a time
 * (src/oneSqliteWriterAtATime.ts); MongoDB is left as it is.
 */
export const lockRowForUpdate: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const id = (args as { id?: number | string }).id
  // CASE: not an update of one document (a create, a bulk update by query).
  if (operation !== 'update' || id === undefined) return args
  const db = req.payload.db as unknown as PostgresLike
  if (db.name !== 'postgres') return args
  const transactionID = await req.transactionID
  const session = transactionID === undefined ? undefined : db.sessions?.[String(transactionID)]
  // CASE: no transaction to hold the lock (disableTransaction): nothing to wait for.
  if (!session) return args
  const table = db.tableNameMap?.get(collection.slug.replaceAll('-', '_')) ?? collection.slug
  await session.db.execute(sql`select 1 from ${sql.identifier(table)} where id = ${id} for update`)
  return args
}
