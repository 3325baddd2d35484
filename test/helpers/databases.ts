import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'

export type TestDatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export type TestDatabase = { kind: TestDatabaseKind; uri: string; drop: () => Promise<void> }

/**
 * The databases the integration suite runs on: always SQLite; PostgreSQL when
 * POSTGRES_URI is set (CI must set it); MongoDB when MONGODB_URI is set.
 */
export const testDatabaseKinds = (): TestDatabaseKind[] => {
  if (process.env.CI === 'true' && !process.env.POSTGRES_URI) {
    throw new Error('CI must set POSTGRES_URI: the PostgreSQL half of the suite may not be skipped in CI')
  }
  return [
    'sqlite',
    ...(process.env.POSTGRES_URI ? (['postgres'] as const) : []),
    ...(process.env.MONGODB_URI ? (['mongodb'] as const) : []),
  ]
}

const uniqueName = () => `cms_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`

const withDatabase = (uri: string, name: string) => {
  const url = new URL(uri)
  url.pathname = `/${name}`
  return url.toString()
}

/** A fresh, empty database of the given kind, and a way to remove it. */
export const createTestDatabase = async (kind: TestDatabaseKind): Promise<TestDatabase> => {
  const name = uniqueName()
  switch (kind) {
    case 'sqlite': {
      const file = path.join(tmpdir(), `${name}.db`)
      return {
        kind,
        uri: `file:${file}`,
        drop: async () => {
          for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true })
        },
      }
    }
    case 'postgres': {
      const admin = process.env.POSTGRES_URI as string
      const client = new pg.Client({ connectionString: admin })
      await client.connect()
      await client.query(`CREATE DATABASE ${name}`)
      await client.end()
      return {
        kind,
        uri: withDatabase(admin, name),
        drop: async () => {
          const dropper = new pg.Client({ connectionString: admin })
          await dropper.connect()
          await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
          await dropper.end()
        },
      }
    }
    case 'mongodb': {
      const uri = withDatabase(process.env.MONGODB_URI as string, name)
      return {
        kind,
        uri,
        drop: async () => {
          const { MongoClient } = await import('mongodb')
          const client = new MongoClient(uri)
          await client.connect()
          await client.db().dropDatabase()
          await client.close()
        },
      }
    }
  }
}
