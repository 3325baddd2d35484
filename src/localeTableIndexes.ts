import { index as pgIndex } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import { index as sqliteIndex } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { SQLiteAdapterArgs } from '@payloadcms/db-sqlite'

/**
 * Payload reads a document's languages with a subquery on its `*_locales`
 * table by `_parent_id`, but indexes that table only on (`_locale`,
 * `_parent_id`): every row of a list then scans the whole table (22 ms for
 * a page of 20 at 300 statements on SQLite). An index on `_parent_id` makes
 * it a lookup. Applied to every locales table, versions included.
 */
type SQLiteSchemaHook = NonNullable<SQLiteAdapterArgs['afterSchemaInit']>[number]
type PostgresSchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

const localeTables = (tables: Record<string, unknown>) =>
  Object.entries(tables).filter(([name, table]) => name.endsWith('_locales') && typeof table === 'object' && table !== null && '_parentID' in table)

export const sqliteLocaleParentIndexes: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of localeTables(schema.tables)) {
    extendTable({ table: table as never, extraConfig: (t) => ({ [`${name}_parent_idx`]: sqliteIndex(`${name}_parent_idx`).on(t._parentID) }) })
  }
  return schema
}

export const postgresLocaleParentIndexes: PostgresSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of localeTables(schema.tables)) {
    extendTable({ table: table as never, extraConfig: (t) => ({ [`${name}_parent_idx`]: pgIndex(`${name}_parent_idx`).on(t._parentID) }) })
  }
  return schema
}
