import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { startServerProcess } from '../helpers/serverProcess'

/**
 * Once per browser-test run: check Chromium is there, build the admin (through
 * the start script's own build check) and start the real production server
 * on a fresh SQLite database with the demo content.
 */
export default async function setup(project: TestProject) {
  if (!existsSync('/usr/bin/chromium')) {
    throw new Error('Browser tests need Chromium at /usr/bin/chromium: apt-get install -y chromium (CI installs it).')
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'cms-e2e-'))
  const port = 3100 + Math.floor(Math.random() * 800)
  const server = await startServerProcess({
    port,
    timeoutMs: 15 * 60_000,
    env: { DATABASE_URI: `file:${path.join(dir, 'e2e.db')}`, SEED_DEMO: 'true', SITE_TIMEZONE: 'Europe/London' },
  })
  project.provide('baseUrl', server.url)
  return async () => {
    await server.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

