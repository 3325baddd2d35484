import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { rebuildListings } from '../../../collections/Listings/syncListings'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "listings" ADD COLUMN "body" jsonb;
  ALTER TABLE "listings" ADD COLUMN "versions" jsonb;`)
  // Existing statements: a row for each published language version, with its body and slugs.
  await rebuildListings(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "listings" DROP COLUMN "body";
  ALTER TABLE "listings" DROP COLUMN "versions";`)
}
