import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_statements_source_language" AS ENUM('en-GB', 'ru-RU');
  CREATE TYPE "public"."enum__statements_v_version_source_language" AS ENUM('en-GB', 'ru-RU');
  CREATE TYPE "public"."enum_translations_language" AS ENUM('en-GB', 'ru-RU');
  CREATE TYPE "public"."enum_translations_status" AS ENUM('missing', 'in-translation', 'in-review', 'approved', 'published', 'outdated');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'releaseStatement');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'releaseStatement');
  CREATE TABLE "translations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"statement_id" integer NOT NULL,
  	"language" "enum_translations_language" NOT NULL,
  	"status" "enum_translations_status" DEFAULT 'missing' NOT NULL,
  	"translated_by_id" integer,
  	"translated_at" timestamp(3) with time zone,
  	"submitted_by_id" integer,
  	"submitted_at" timestamp(3) with time zone,
  	"approved_by_id" integer,
  	"approved_at" timestamp(3) with time zone,
  	"source_version" varchar,
  	"published_by_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"stale_fields" jsonb,
  	"source_snapshot" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "release_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"statement_id" integer NOT NULL,
  	"release_at" timestamp(3) with time zone NOT NULL,
  	"languages" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_statements_fk";
  
  DROP INDEX "payload_locked_documents_rels_statements_id_idx";
  ALTER TABLE "statements" ADD COLUMN "source_language" "enum_statements_source_language" DEFAULT 'en-GB';
  ALTER TABLE "statements" ADD COLUMN "release_at" timestamp(3) with time zone;
  ALTER TABLE "statements" ADD COLUMN "minor_edit" boolean;
  ALTER TABLE "statements_locales" ADD COLUMN "revision" numeric;
  ALTER TABLE "_statements_v" ADD COLUMN "version_source_language" "enum__statements_v_version_source_language" DEFAULT 'en-GB';
  ALTER TABLE "_statements_v" ADD COLUMN "version_release_at" timestamp(3) with time zone;
  ALTER TABLE "_statements_v" ADD COLUMN "version_minor_edit" boolean;
  ALTER TABLE "_statements_v_locales" ADD COLUMN "version_revision" numeric;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "translations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "release_log_id" integer;
  ALTER TABLE "translations" ADD CONSTRAINT "translations_statement_id_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "translations" ADD CONSTRAINT "translations_translated_by_id_users_id_fk" FOREIGN KEY ("translated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "translations" ADD CONSTRAINT "translations_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "translations" ADD CONSTRAINT "translations_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "translations" ADD CONSTRAINT "translations_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "release_log" ADD CONSTRAINT "release_log_statement_id_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "translations_statement_idx" ON "translations" USING btree ("statement_id");
  CREATE INDEX "translations_language_idx" ON "translations" USING btree ("language");
  CREATE INDEX "translations_status_idx" ON "translations" USING btree ("status");
  CREATE INDEX "translations_translated_by_idx" ON "translations" USING btree ("translated_by_id");
  CREATE INDEX "translations_submitted_by_idx" ON "translations" USING btree ("submitted_by_id");
  CREATE INDEX "translations_approved_by_idx" ON "translations" USING btree ("approved_by_id");
  CREATE INDEX "translations_published_by_idx" ON "translations" USING btree ("published_by_id");
  CREATE INDEX "translations_updated_at_idx" ON "translations" USING btree ("updated_at");
  CREATE INDEX "translations_created_at_idx" ON "translations" USING btree ("created_at");
  CREATE UNIQUE INDEX "statement_language_idx" ON "translations" USING btree ("statement_id","language");
  CREATE UNIQUE INDEX "release_log_key_idx" ON "release_log" USING btree ("key");
  CREATE INDEX "release_log_statement_idx" ON "release_log" USING btree ("statement_id");
  CREATE INDEX "release_log_updated_at_idx" ON "release_log" USING btree ("updated_at");
  CREATE INDEX "release_log_created_at_idx" ON "release_log" USING btree ("created_at");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_translations_fk" FOREIGN KEY ("translations_id") REFERENCES "public"."translations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_release_log_fk" FOREIGN KEY ("release_log_id") REFERENCES "public"."release_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_translations_id_idx" ON "payload_locked_documents_rels" USING btree ("translations_id");
  CREATE INDEX "payload_locked_documents_rels_release_log_id_idx" ON "payload_locked_documents_rels" USING btree ("release_log_id");
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "statements_id";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "translations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "release_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "translations" CASCADE;
  DROP TABLE "release_log" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_translations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_release_log_fk";
  
  DROP INDEX "payload_locked_documents_rels_translations_id_idx";
  DROP INDEX "payload_locked_documents_rels_release_log_id_idx";
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "statements_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_statements_fk" FOREIGN KEY ("statements_id") REFERENCES "public"."statements"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_statements_id_idx" ON "payload_locked_documents_rels" USING btree ("statements_id");
  ALTER TABLE "statements" DROP COLUMN "source_language";
  ALTER TABLE "statements" DROP COLUMN "release_at";
  ALTER TABLE "statements" DROP COLUMN "minor_edit";
  ALTER TABLE "statements_locales" DROP COLUMN "revision";
  ALTER TABLE "_statements_v" DROP COLUMN "version_source_language";
  ALTER TABLE "_statements_v" DROP COLUMN "version_release_at";
  ALTER TABLE "_statements_v" DROP COLUMN "version_minor_edit";
  ALTER TABLE "_statements_v_locales" DROP COLUMN "version_revision";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "translations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "release_log_id";
  DROP TYPE "public"."enum_statements_source_language";
  DROP TYPE "public"."enum__statements_v_version_source_language";
  DROP TYPE "public"."enum_translations_language";
  DROP TYPE "public"."enum_translations_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
