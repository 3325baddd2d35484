import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`listings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`statement\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`published_at\` text NOT NULL,
  	\`changed_at\` text NOT NULL,
  	\`topics\` text,
  	\`speakers\` text,
  	\`title\` text NOT NULL,
  	\`summary\` text,
  	\`search_stems\` text,
  	\`plain_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`listings_updated_at_idx\` ON \`listings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`listings_created_at_idx\` ON \`listings\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`locale_publishedAt_idx\` ON \`listings\` (\`locale\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`locale_kind_publishedAt_idx\` ON \`listings\` (\`locale\`,\`kind\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`locale_slug_idx\` ON \`listings\` (\`locale\`,\`slug\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`statement_locale_idx\` ON \`listings\` (\`statement\`,\`locale\`);`)
  // The rows of existing statements are built by 20261129_014624_listings_page, once the table has all its columns.
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`listings\`;`)
}
