import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`listings\` ADD \`body\` text;`)
  await db.run(sql`ALTER TABLE \`listings\` ADD \`versions\` text;`)
  // The rows are rebuilt, with these columns filled, by the later listing_tags migration.
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`listings\` DROP COLUMN \`body\`;`)
  await db.run(sql`ALTER TABLE \`listings\` DROP COLUMN \`versions\`;`)
}
