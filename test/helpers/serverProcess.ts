import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export type ServerProcess = { child: ChildProcess; url: string; output: () => string; stop: () => Promise<number | null> }

/**
 * Starts `src/start.ts` (what `npm start` runs) as its own process and waits
 * until it answers /readyz, or fails with its output when it exits first.
 */
export const startServerProcess = async ({
  port,
  env = {},
  timeoutMs = 120_000,
}: {
  port: number
  env?: Record<string, string>
  timeoutMs?: number
}): Promise<ServerProcess> => {
  const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', 'src/start.ts'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), SERVER_URL: `http://localhost:${port}`, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + timeoutMs
  let ready = false
  while (!ready) {
    const state = await Promise.race([exited.then(() => 'exited' as const), pause(200).then(() => 'waiting' as const)])
    if (state === 'exited') throw new Error(`server exited with ${child.exitCode} before it was ready:\n${output}`)
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`server not ready after ${timeoutMs} ms:\n${output}`)
    }
    ready = await fetch(`${url}/readyz`).then((r) => r.ok, () => false)
  }
  return {
    child,
    url,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      return exited
    },
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
