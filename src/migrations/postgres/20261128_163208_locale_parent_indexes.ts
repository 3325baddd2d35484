import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "statements_locales_parent_idx" ON "statements_locales" USING btree ("_parent_id");
  CREATE INDEX "_statements_v_locales_parent_idx" ON "_statements_v_locales" USING btree ("_parent_id");
  CREATE INDEX "people_locales_parent_idx" ON "people_locales" USING btree ("_parent_id");
  CREATE INDEX "topics_locales_parent_idx" ON "topics_locales" USING btree ("_parent_id");
  CREATE INDEX "media_locales_parent_idx" ON "media_locales" USING btree ("_parent_id");
  CREATE INDEX "site_settings_navigation_locales_parent_idx" ON "site_settings_navigation_locales" USING btree ("_parent_id");
  CREATE INDEX "site_settings_locales_parent_idx" ON "site_settings_locales" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "statements_locales_parent_idx";
  DROP INDEX "_statements_v_locales_parent_idx";
  DROP INDEX "people_locales_parent_idx";
  DROP INDEX "topics_locales_parent_idx";
  DROP INDEX "media_locales_parent_idx";
  DROP INDEX "site_settings_navigation_locales_parent_idx";
  DROP INDEX "site_settings_locales_parent_idx";`)
}
