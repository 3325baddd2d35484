import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "listings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"statement" varchar NOT NULL,
  	"locale" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"kind" varchar NOT NULL,
  	"published_at" timestamp(3) with time zone NOT NULL,
  	"changed_at" timestamp(3) with time zone NOT NULL,
  	"topics" varchar,
  	"speakers" varchar,
  	"title" varchar NOT NULL,
  	"summary" varchar,
  	"search_stems" varchar,
  	"plain_text" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE INDEX "listings_updated_at_idx" ON "listings" USING btree ("updated_at");
  CREATE INDEX "listings_created_at_idx" ON "listings" USING btree ("created_at");
  CREATE INDEX "locale_publishedAt_idx" ON "listings" USING btree ("locale","published_at");
  CREATE INDEX "locale_kind_publishedAt_idx" ON "listings" USING btree ("locale","kind","published_at");
  CREATE INDEX "locale_slug_idx" ON "listings" USING btree ("locale","slug");
  CREATE UNIQUE INDEX "statement_locale_idx" ON "listings" USING btree ("statement","locale");`)
  // The rows of existing statements are built by 20261129_014635_listings_page, once the table has all its columns.
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "listings" CASCADE;`)
}
