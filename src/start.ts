/**
 * `npm start` (through src/serve.mjs, which bundles this file): builds the
 * admin when no current build exists, then serves in production mode
 * (committed migrations run, demo content seeded).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

import { exitWithOneLine } from './configError'
import { projectRoot as root } from './projectRoot'

const buildId = path.join(root, '.next', 'BUILD_ID')

/** Newest modification time among the files the admin build is made from. */
const newestSource = (entries: string[]): number => {
  let newest = 0
  const visit = (file: string) => {
    if (!existsSync(file)) return
    const stat = statSync(file)
    if (stat.isDirectory()) {
      for (const child of readdirSync(file)) visit(path.join(file, child))
    } else newest = Math.max(newest, stat.mtimeMs)
  }
  entries.forEach((entry) => visit(path.join(root, entry)))
  return newest
}

const buildIsCurrent = (): boolean =>
  existsSync(buildId) &&
  statSync(buildId).mtimeMs >= newestSource(['src/app', 'collections', 'payload.config.ts', 'next.config.mjs', 'package-lock.json'])

// Check the configuration and the database before spending minutes on a build.
await (async () => {
  const [{ env }, { parseDatabaseUri }, { probeDatabase }] = await Promise.all([import('./env'), import('./db'), import('./probeDatabase')])
  await probeDatabase(parseDatabaseUri(env.databaseUri))
})().catch(exitWithOneLine)

if (!buildIsCurrent()) {
  console.log('Building the admin (first start, or its sources changed)…')
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (result.status !== 0) {
    process.stderr.write('The admin build failed; see the output above.\n')
    process.exit(1)
  }
}

// Configuration is read when the server module loads, so its errors are caught here too.
await import('./server').then(({ startServer }) => startServer()).catch(exitWithOneLine)
