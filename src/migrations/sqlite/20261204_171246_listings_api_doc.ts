import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { rebuildListings } from '../../../collections/Listings/syncListings'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`listings\` ADD \`statement_created_at\` text;`)
  await db.run(sql`ALTER TABLE \`listings\` ADD \`api_doc\` text;`)
  // Every published language version gets its API document and the statement's creation time.
  await rebuildListings(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`listings\` DROP COLUMN \`statement_created_at\`;`)
  await db.run(sql`ALTER TABLE \`listings\` DROP COLUMN \`api_doc\`;`)
}
