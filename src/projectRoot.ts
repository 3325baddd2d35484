import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The repository's root: the nearest folder above this module holding a
 * package.json. Found rather than fixed, because this module runs from
 * src/ (development, tests, Next's build) and from the server bundle under
 * .server/ (`npm start`): paths built on it are the same from both.
 */
export const projectRoot = ((): string => {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}`)
    dir = parent
  }
  return dir
})()
