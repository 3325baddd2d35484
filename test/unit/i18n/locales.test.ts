import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { i18n, negotiateLocale, tFor } from '../../../src/i18n/i18next'
import { locales, matchLocale } from '../../../src/i18n/locales'

const localesDir = path.resolve(__dirname, '../../../locales')

/** Every key path with its placeholders, plural suffixes folded into the base key. */
const shape = (tree: Record<string, unknown>, prefix = ''): Map<string, string[]> => {
  const out = new Map<string, string[]>()
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix + key
    if (value && typeof value === 'object') {
      for (const [k, v] of shape(value as Record<string, unknown>, `${full}.`)) out.set(k, v)
    } else {
      const base = full.replace(/_(zero|one|two|few|many|other)$/, '')
      const placeholders = [...String(value).matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1] as string).sort()
      out.set(base, [...new Set([...(out.get(base) ?? []), ...placeholders])].sort())
    }
  }
  return out
}

describe('locale list', () => {
  it('has a locales/ folder for every locale and no other', () => {
    expect(readdirSync(localesDir).sort()).toEqual(locales.map((l) => l.code).sort())
  })

  it('gives every locale file the same keys and placeholders', () => {
    const shapes = locales.map((locale) => {
      const file = JSON.parse(readFileSync(path.join(localesDir, locale.code, 'common.json'), 'utf8'))
      return Object.fromEntries(shape(file))
    })
    for (const other of shapes.slice(1)) expect(other).toEqual(shapes[0])
  })

  it('matches language tags to locales by exact tag, then primary language', () => {
    expect(matchLocale('ru')?.code).toBe('ru-RU')
    expect(matchLocale('RU-ua')?.code).toBe('ru-RU')
    expect(matchLocale('en-US')?.code).toBe('en-GB')
    expect(matchLocale('de')).toBeUndefined()
  })
})

describe('language negotiation', () => {
  it('prefers the cookie, then Accept-Language by q-value, then the default', () => {
    expect(negotiateLocale('ru', 'en').code).toBe('ru-RU')
    expect(negotiateLocale(undefined, 'de, en;q=0.2, ru;q=0.9').code).toBe('ru-RU')
    expect(negotiateLocale(undefined, 'ru-UA').code).toBe('ru-RU')
    expect(negotiateLocale('xx', 'fr, de').code).toBe('en-GB')
    expect(negotiateLocale(undefined, 'ru;q=0, en;q=0.1').code).toBe('en-GB')
    expect(negotiateLocale(undefined, undefined).code).toBe('en-GB')
  })
})

describe('public strings', () => {
  it('pluralises statement counts in Russian with one, few and many forms', () => {
    const [en, ru] = locales.map((locale) => tFor(locale))
    expect([1, 2, 5, 21].map((count) => ru!('count.statements', { count }))).toEqual([
      '1 заявление',
      '2 заявления',
      '5 заявлений',
      '21 заявление',
    ])
    expect([1, 2].map((count) => en!('count.statements', { count }))).toEqual(['1 statement', '2 statements'])
    expect(i18n.isInitialized).toBe(true)
  })
})
