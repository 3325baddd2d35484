import { accessSync, constants, existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'

import { ConfigError } from './env'
import { type DatabaseTarget, redact } from './db'

const timeoutMs = 5000

/**
 * Checks that the configured database answers before Payload starts, so an
 * unreachable one ends start-up with one clear line instead of a stack trace.
 */
export const probeDatabase = async (target: DatabaseTarget): Promise<void> => {
  try {
    switch (target.kind) {
      case 'sqlite': {
        const dir = path.dirname(target.file)
        mkdirSync(dir, { recursive: true })
        accessSync(existsSync(target.file) ? target.file : dir, constants.R_OK | constants.W_OK)
        return
      }
      case 'postgres': {
        const { default: pg } = await import('pg')
        const client = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: timeoutMs })
        client.on('error', () => {})
        try {
          await client.connect()
          await client.query('select 1')
        } catch (error) {
          // A missing database is created by Payload's adapter; anything else is fatal.
          if ((error as { code?: string }).code !== '3D000') throw error
        } finally {
          await client.end().catch(() => {})
        }
        return
      }
      case 'mongodb': {
        const { MongoClient } = await import('mongodb')
        const client = new MongoClient(target.url, { serverSelectionTimeoutMS: timeoutMs, connectTimeoutMS: timeoutMs })
        try {
          await client.connect()
          await client.db().command({ ping: 1 })
        } finally {
          await client.close().catch(() => {})
        }
        return
      }
    }
  } catch (error) {
    const reason = (error as Error)?.message?.split('\n')[0] || String(error)
    throw new ConfigError(`Cannot reach the ${target.kind} database at ${redact(target.url)}: ${reason}`)
  }
}
