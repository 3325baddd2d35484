import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_old_urls_locale" AS ENUM('en-GB', 'ru-RU');
  CREATE TABLE "old_urls" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"path" varchar NOT NULL,
  	"statement_id" integer NOT NULL,
  	"locale" "enum_old_urls_locale" NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "statements" ADD COLUMN "external_id" varchar;
  ALTER TABLE "statements" ADD COLUMN "archive_digest" varchar;
  ALTER TABLE "_statements_v" ADD COLUMN "version_external_id" varchar;
  ALTER TABLE "_statements_v" ADD COLUMN "version_archive_digest" varchar;
  ALTER TABLE "translations" ADD COLUMN "imported_from" varchar;
  ALTER TABLE "translations" ADD COLUMN "imported_at" timestamp(3) with time zone;
  ALTER TABLE "old_urls" ADD CONSTRAINT "old_urls_statement_id_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statements"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "old_urls_path_idx" ON "old_urls" USING btree ("path");
  CREATE INDEX "old_urls_statement_idx" ON "old_urls" USING btree ("statement_id");
  CREATE INDEX "old_urls_updated_at_idx" ON "old_urls" USING btree ("updated_at");
  CREATE INDEX "old_urls_created_at_idx" ON "old_urls" USING btree ("created_at");
  CREATE UNIQUE INDEX "statements_external_id_idx" ON "statements" USING btree ("external_id");
  CREATE INDEX "_statements_v_version_version_external_id_idx" ON "_statements_v" USING btree ("version_external_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "old_urls" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "old_urls" CASCADE;
  DROP INDEX "statements_external_id_idx";
  DROP INDEX "_statements_v_version_version_external_id_idx";
  ALTER TABLE "statements" DROP COLUMN "external_id";
  ALTER TABLE "statements" DROP COLUMN "archive_digest";
  ALTER TABLE "_statements_v" DROP COLUMN "version_external_id";
  ALTER TABLE "_statements_v" DROP COLUMN "version_archive_digest";
  ALTER TABLE "translations" DROP COLUMN "imported_from";
  ALTER TABLE "translations" DROP COLUMN "imported_at";
  DROP TYPE "public"."enum_old_urls_locale";`)
}
