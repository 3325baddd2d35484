import { type ChildProcess, spawn } from 'node:child_process'
import { appendFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export type ServerProcess = {
  child: ChildProcess
  url: string
  output: () => string
  stop: () => Promise<number | null>
  /** Resolves with the exit code once the process has ended, however it ended. */
  exited: Promise<number | null>
  /** How many readiness checks the server answered: requests it received that the test did not send. */
  probesAnswered: number
}

/**
 * Starts `src/serve.mjs` (what `npm start` runs) as its own process and waits
 * until it answers /readyz, or fails with its output when it exits first.
 * `entry: 'src/server.ts'` with NODE_ENV=development starts the same front
 * door with Next in development mode, which needs no admin build;
 * `src/dev.ts` is what `npm run dev` runs.
 */
export const startServerProcess = async ({
  port,
  env = {},
  timeoutMs = 120_000,
  entry = 'src/serve.mjs',
}: {
  port: number
  env?: Record<string, string>
  timeoutMs?: number
  entry?: 'src/serve.mjs' | 'src/server.ts' | 'src/dev.ts'
}): Promise<ServerProcess> => {
  // serve.mjs is plain JavaScript that bundles the TypeScript itself, run with npm start's heap limit
  // (package.json); the development entry runs through tsx.
  const loader = entry.endsWith('.mjs') ? ['--max-old-space-size=512'] : ['--import', 'tsx']
  const child = spawn(process.execPath, ['--conditions=production', ...loader, entry], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), SERVER_URL: `http://localhost:${port}`, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  // SERVER_LOG=file copies every started server's output there as it comes, to read while a test runs.
  const log = process.env.SERVER_LOG
  if (log) {
    child.stdout?.on('data', (chunk) => appendFileSync(log, chunk))
    child.stderr?.on('data', (chunk) => appendFileSync(log, chunk))
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + timeoutMs
  let ready = false
  let probesAnswered = 0
  while (!ready) {
    const state = await Promise.race([exited.then(() => 'exited' as const), pause(200).then(() => 'waiting' as const)])
    if (state === 'exited') throw new Error(`server exited with ${child.exitCode} before it was ready:\n${output}`)
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`server not ready after ${timeoutMs} ms:\n${output}`)
    }
    ready = await fetch(`${url}/readyz`).then(
      (r) => {
        probesAnswered += 1
        return r.ok
      },
      () => false,
    )
  }
  return {
    child,
    url,
    output: () => output,
    exited,
    probesAnswered,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      return exited
    },
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
