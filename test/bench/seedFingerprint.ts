import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

import { root } from '../helpers/serverProcess'

// What a seeded database is made from: the seed's own code and texts, the schema's migrations, the
// collections whose hooks write what is stored, and the versions of the packages that store it.
const sources = ['test/bench/seedStatements.ts', 'src/seed', 'src/migrations/sqlite', 'collections', 'src/search']
const packages = ['payload', '@payloadcms/db-sqlite', '@payloadcms/drizzle', '@payloadcms/richtext-lexical', 'libsql']

const installedVersion = (name: string): string => {
  const manifest = path.join(root, 'node_modules', name, 'package.json')
  return existsSync(manifest) ? String(JSON.parse(readFileSync(manifest, 'utf8')).version) : 'none'
}

const filesUnder = (entry: string): string[] => {
  const full = path.join(root, entry)
  if (!existsSync(full)) return []
  if (!full.endsWith('.ts') && !full.endsWith('.json')) {
    return readdirSync(full, { recursive: true, withFileTypes: true })
      .filter((file) => file.isFile())
      .map((file) => path.relative(root, path.join(file.parentPath, file.name)))
      .sort()
  }
  return [entry]
}

/** Changes whenever the database `npm run bench` would seed for `n` statements could differ. */
export const seedFingerprint = (n: number): string => {
  const hash = createHash('sha256').update(`n=${n}\n`)
  for (const name of packages) hash.update(`${name}@${installedVersion(name)}\n`)
  for (const file of sources.flatMap(filesUnder)) hash.update(`${file}\n`).update(readFileSync(path.join(root, file)))
  return hash.digest('hex')
}

/** Copies a closed SQLite database with its write-ahead log, if one was left. */
export const copyDatabase = (from: string, to: string): void => {
  copyFileSync(from, to)
  rmSync(`${to}-wal`, { force: true })
  rmSync(`${to}-shm`, { force: true })
  if (existsSync(`${from}-wal`)) copyFileSync(`${from}-wal`, `${to}-wal`)
}
