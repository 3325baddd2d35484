import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "listings" ADD COLUMN "body" jsonb;
  ALTER TABLE "listings" ADD COLUMN "versions" jsonb;`)
  // The rows are rebuilt, with these columns filled, by the later listing_tags migration.
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "listings" DROP COLUMN "body";
  ALTER TABLE "listings" DROP COLUMN "versions";`)
}
