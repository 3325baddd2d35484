import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { rebuildListings } from '../../../collections/Listings/syncListings'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`listings\` ADD \`body\` text;`)
  await db.run(sql`ALTER TABLE \`listings\` ADD \`versions\` text;`)
  // Existing statements: a row for each published language version, with its body and slugs.
  await rebuildListings(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`listings\` DROP COLUMN \`body\`;`)
  await db.run(sql`ALTER TABLE \`listings\` DROP COLUMN \`versions\`;`)
}
