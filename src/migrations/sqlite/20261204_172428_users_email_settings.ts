import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` ADD \`admin_language\` text DEFAULT 'en';`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`email_notifications\` integer DEFAULT true;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`admin_language\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`email_notifications\`;`)
}
