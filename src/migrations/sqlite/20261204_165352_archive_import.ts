import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`old_urls\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`path\` text NOT NULL,
  	\`statement_id\` integer NOT NULL,
  	\`locale\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`statement_id\`) REFERENCES \`statements\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`old_urls_path_idx\` ON \`old_urls\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`old_urls_statement_idx\` ON \`old_urls\` (\`statement_id\`);`)
  await db.run(sql`CREATE INDEX \`old_urls_updated_at_idx\` ON \`old_urls\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`old_urls_created_at_idx\` ON \`old_urls\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`statements\` ADD \`external_id\` text;`)
  await db.run(sql`ALTER TABLE \`statements\` ADD \`archive_digest\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`statements_external_id_idx\` ON \`statements\` (\`external_id\`);`)
  await db.run(sql`ALTER TABLE \`_statements_v\` ADD \`version_external_id\` text;`)
  await db.run(sql`ALTER TABLE \`_statements_v\` ADD \`version_archive_digest\` text;`)
  await db.run(sql`CREATE INDEX \`_statements_v_version_version_external_id_idx\` ON \`_statements_v\` (\`version_external_id\`);`)
  await db.run(sql`ALTER TABLE \`translations\` ADD \`imported_from\` text;`)
  await db.run(sql`ALTER TABLE \`translations\` ADD \`imported_at\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`old_urls\`;`)
  await db.run(sql`DROP INDEX \`statements_external_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`statements\` DROP COLUMN \`external_id\`;`)
  await db.run(sql`ALTER TABLE \`statements\` DROP COLUMN \`archive_digest\`;`)
  await db.run(sql`DROP INDEX \`_statements_v_version_version_external_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`_statements_v\` DROP COLUMN \`version_external_id\`;`)
  await db.run(sql`ALTER TABLE \`_statements_v\` DROP COLUMN \`version_archive_digest\`;`)
  await db.run(sql`ALTER TABLE \`translations\` DROP COLUMN \`imported_from\`;`)
  await db.run(sql`ALTER TABLE \`translations\` DROP COLUMN \`imported_at\`;`)
}
