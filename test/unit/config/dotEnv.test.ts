import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { afterEach, describe, expect, it } from 'vitest'

const require = createRequire(import.meta.url)
const envModule = path.resolve('src/env.ts')

/** The configuration as a fresh process in `cwd` reads it: what npm start, npm run dev and the CLI all import. */
const configurationIn = (cwd: string, environment: Record<string, string> = {}): Record<string, unknown> => {
  const script = `import(${JSON.stringify(envModule)}).then(({ env }) => console.log(JSON.stringify(env)))`
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !['PORT', 'DATABASE_URI', 'SEED_DEMO', 'SERVER_URL', 'NODE_ENV'].includes(name)),
  )
  const out = execFileSync(process.execPath, ['--conditions=production', '--import', pathToFileURL(require.resolve('tsx')).href, '-e', script], {
    cwd,
    env: { ...inherited, NODE_ENV: 'development', PAYLOAD_SECRET: 'a-test-secret-of-enough-length', ...environment },
    encoding: 'utf8',
  })
  return JSON.parse(out.trim().split('\n').pop() as string)
}

describe('.env', () => {
  const folders: string[] = []
  const folder = () => {
    const made = mkdtempSync(path.join(tmpdir(), 'dotenv-'))
    folders.push(made)
    return made
  }
  afterEach(() => {
    for (const made of folders.splice(0)) rmSync(made, { recursive: true, force: true })
  })

  it('is read before the configuration, as .env.example says', () => {
    const cwd = folder()
    writeFileSync(path.join(cwd, '.env'), '# a comment\nPORT=3567\nDATABASE_URI=postgres://postgres@127.0.0.1:5432/cms\nSEED_DEMO=false\n')
    const env = configurationIn(cwd)
    expect(env.port).toBe(3567)
    expect(env.databaseUri).toBe('postgres://postgres@127.0.0.1:5432/cms')
    expect(env.seedDemo).toBe(false)
    expect(env.serverUrl).toBe('http://localhost:3567')
  })

  it('loses to a variable set in the environment', () => {
    const cwd = folder()
    writeFileSync(path.join(cwd, '.env'), 'PORT=3567\nSEED_DEMO=false\n')
    const env = configurationIn(cwd, { PORT: '4100' })
    expect(env.port).toBe(4100)
    expect(env.seedDemo).toBe(false)
  })

  it('is optional: without one the defaults hold', () => {
    const env = configurationIn(folder())
    expect(env.port).toBe(3000)
    expect(env.databaseUri).toBe('file:./data/cms.db')
    expect(env.seedDemo).toBe(true)
  })
})
