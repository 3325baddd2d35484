import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { rebuildListings } from '../../../collections/Listings/syncListings'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "listings" ADD COLUMN "statement_created_at" timestamp(3) with time zone;
  ALTER TABLE "listings" ADD COLUMN "api_doc" jsonb;`)
  // Every published language version gets its API document and the statement's creation time.
  await rebuildListings(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "listings" DROP COLUMN "statement_created_at";
  ALTER TABLE "listings" DROP COLUMN "api_doc";`)
}
