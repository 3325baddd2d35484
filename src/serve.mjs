/**
 * `npm start`: bundles the server's TypeScript (src/start.ts and everything
 * of ours it imports; packages stay in node_modules) into .server/ with
 * esbuild, then runs the bundle in this process. Plain JavaScript, so no
 * TypeScript loader stays in the serving process: tsx's loader thread and
 * source maps held 140 to 200 MB of its memory.
 */
import { mkdirSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { build } from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outDir = path.join(root, '.server')
const bundle = path.join(outDir, 'start.mjs')

/** Bundles src/start.ts into .server/start.mjs; a new file replaces the old one whole, so servers starting side by side never read half of one. */
export const buildServer = async () => {
  const scratch = path.join(outDir, `.${process.pid}`)
  mkdirSync(scratch, { recursive: true })
  await build({
    entryPoints: [path.join(root, 'src/start.ts')],
    outfile: path.join(scratch, 'start.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    tsconfig: path.join(root, 'tsconfig.json'),
    sourcemap: 'linked',
    logLevel: 'warning',
  })
  renameSync(path.join(scratch, 'start.mjs.map'), `${bundle}.map`)
  renameSync(path.join(scratch, 'start.mjs'), bundle)
  rmSync(scratch, { recursive: true, force: true })
  return bundle
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await import(pathToFileURL(await buildServer()).href)
}
