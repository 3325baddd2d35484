import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const modules = path.resolve(__dirname, '../../../node_modules')
const versionOf = (name: string): string => JSON.parse(readFileSync(path.join(modules, name, 'package.json'), 'utf8')).version

const installed = (): Record<string, string> => {
  const scoped = readdirSync(path.join(modules, '@payloadcms')).map((name) => `@payloadcms/${name}`)
  return Object.fromEntries(['payload', ...scoped].map((name) => [name, versionOf(name)]))
}

const atLeast = (version: string, minimum: string): boolean => {
  const [a, b] = [version, minimum].map((v) => v.split(/[.-]/).slice(0, 3).map(Number))
  for (let i = 0; i < 3; i++) if (a![i] !== b![i]) return a![i]! > b![i]!
  return true
}

describe('installed Payload packages', () => {
  it('are all one version, at least 3.90.0 (earlier ones have published advisories)', () => {
    const versions = installed()
    expect(Object.keys(versions).length).toBeGreaterThan(5)
    expect(new Set(Object.values(versions)), JSON.stringify(versions)).toHaveLength(1)
    for (const [name, version] of Object.entries(versions)) expect(atLeast(version, '3.90.0'), `${name}@${version}`).toBe(true)
  })
})
