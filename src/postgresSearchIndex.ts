import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import { type SQL, sql } from '@payloadcms/db-postgres/drizzle'
import { index } from '@payloadcms/db-postgres/drizzle/pg-core'

type PostgresSchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

/**
 * The read model's stems as a text-search vector, taken as they are: they
 * are stemmed already, one language's stemmer each (src/search/stemmers.ts),
 * and split on single spaces. No text-search parser or dictionary is
 * involved, so what matches does not depend on the server's locale
 * settings. Queries must use this very expression for the index to serve.
 */
export const stemsVector = (stems: unknown): SQL => sql`array_to_tsvector(string_to_array(btrim(${stems}), ' '))`

/** Each stem as a prefix (`'stem':*`), all of them required: what SQLite's FTS5 index and the scan match. */
export const stemsQuery = (stems: string[]): string => stems.map((s) => `'${s.replaceAll('\\', '\\\\').replaceAll("'", "''")}':*`).join(' & ')

/** A GIN index on that vector of `listings.search_stems`, in the schema (so pushes and migrations both have it). */
export const postgresSearchIndex: PostgresSchemaHook = ({ schema, extendTable }) => {
  const listings = schema.tables.listings
  if (!listings) return schema
  extendTable({
    table: listings as never,
    extraConfig: (t: Record<string, unknown>) => ({ listings_search_stems_idx: index('listings_search_stems_idx').using('gin', stemsVector(t.searchStems)) }),
  })
  return schema
}
