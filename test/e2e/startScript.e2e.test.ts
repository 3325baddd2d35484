import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { startServerProcess } from '../helpers/serverProcess'

describe('start script', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cms-start-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('starts cleanly ten times in a row on the same database, serving admin and both languages each time', async () => {
    const env = { DATABASE_URI: `file:${path.join(dir, 'start.db')}`, SEED_DEMO: 'true' }
    for (let run = 1; run <= 10; run++) {
      const started = Date.now()
      const server = await startServerProcess({ port: 3950 + run, env })
      console.log(`start ${run}: ready in ${Date.now() - started} ms`)
      try {
        for (const page of ['/en/', '/ru/']) {
          const response = await fetch(server.url + page)
          expect(response.status, `run ${run} ${page}`).toBe(200)
        }
        const admin = await fetch(`${server.url}/admin/login`)
        expect(admin.status, `run ${run} /admin/login`).toBe(200)
      } finally {
        const code = await server.stop()
        expect(code, `run ${run} exit code after SIGTERM:\n${server.output()}`).toBe(0)
      }
    }
  }, 600_000)

  it('ends with one clear line and exit code 1 for a bad DATABASE_URI', async () => {
    for (const [uri, message] of [
      ['mysql://localhost/db', /DATABASE_URI scheme "mysql:" is not supported/],
      ['postgres://postgres@127.0.0.1:1/nothing', /Cannot reach the postgres database at postgres:\/\/postgres@127\.0\.0\.1:1\/nothing/],
    ] as const) {
      const failure = await startServerProcess({ port: 3949, env: { DATABASE_URI: uri }, timeoutMs: 60_000 }).then(
        () => {
          throw new Error(`the server started with ${uri}`)
        },
        (error: Error) => error.message,
      )
      expect(failure).toMatch(/server exited with 1/)
      const printed = failure.split('\n').slice(1).filter((line) => line.trim() !== '')
      expect(printed, uri).toHaveLength(1)
      expect(printed[0]).toMatch(message)
    }
  })

  it('ends npm run dev with the same one line for a bad DATABASE_URI', async () => {
    const failure = await startServerProcess({ port: 3948, entry: 'src/dev.ts', env: { NODE_ENV: 'development', DATABASE_URI: 'mysql://localhost/db' }, timeoutMs: 60_000 }).then(
      () => {
        throw new Error('the development server started with a mysql: URI')
      },
      (error: Error) => error.message,
    )
    expect(failure).toMatch(/server exited with 1/)
    const printed = failure.split('\n').slice(1).filter((line) => line.trim() !== '')
    expect(printed).toEqual([expect.stringMatching(/DATABASE_URI scheme "mysql:" is not supported/)])
  })
})
