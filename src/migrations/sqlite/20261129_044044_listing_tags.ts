import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`listing_tags\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`statement\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`tag\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`published_at\` text NOT NULL,
  	\`topics\` text,
  	\`speakers\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`listing_tags_statement_idx\` ON \`listing_tags\` (\`statement\`);`)
  await db.run(sql`CREATE INDEX \`locale_tag_publishedAt_idx\` ON \`listing_tags\` (\`locale\`,\`tag\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`locale_tag_kind_publishedAt_idx\` ON \`listing_tags\` (\`locale\`,\`tag\`,\`kind\`,\`published_at\`);`)
  // Existing statements: the read model is rebuilt whole, its rows and their tags, by the later
  // listings_api_doc migration. Rebuilt here, the rows would be written with today's columns, which
  // that migration adds (a fresh database failed here).
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`listing_tags\`;`)
}
