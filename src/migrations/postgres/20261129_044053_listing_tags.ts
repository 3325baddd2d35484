import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "listing_tags" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"statement" varchar NOT NULL,
  	"locale" varchar NOT NULL,
  	"tag" varchar NOT NULL,
  	"kind" varchar NOT NULL,
  	"published_at" timestamp(3) with time zone NOT NULL,
  	"topics" varchar,
  	"speakers" varchar
  );
  
  CREATE INDEX "listing_tags_statement_idx" ON "listing_tags" USING btree ("statement");
  CREATE INDEX "locale_tag_publishedAt_idx" ON "listing_tags" USING btree ("locale","tag","published_at");
  CREATE INDEX "locale_tag_kind_publishedAt_idx" ON "listing_tags" USING btree ("locale","tag","kind","published_at");`)
  // Existing statements: the read model is rebuilt whole, its rows and their tags, by the later
  // listings_api_doc migration. Rebuilt here, the rows would be written with today's columns, which
  // that migration adds (a fresh database failed here).
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "listing_tags" CASCADE;`)
}
