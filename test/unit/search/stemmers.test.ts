import { describe, expect, it } from 'vitest'

import { locales } from '../../../src/i18n/locales'
import { stem, words } from '../../../src/search/stemmers'
import { demoStatements } from '../../../src/seed/demoContent'
import { excerpt } from '../../../src/render/format/excerpt'

const tricky = {
  'en-GB': ['dying', 'lying', 'tying', 'skies', 'skis', 'yellow', 'youth', 'early', 'only', 'gently', 'news', 'cries', 'generously', 'communism', 'arsenal'],
  'ru-RU': ['ёлка', 'ёжик', 'идущий', 'яблоками', 'объявления', 'сотрудничества', 'пограничными', 'переговорах', 'йогурт', 'ыть'],
}

describe('search stems', () => {
  it('keep each word’s first letter, in every language (search excerpts rely on it)', () => {
    for (const locale of locales) {
      const text = demoStatements.map((d) => [d[locale.code as 'en-GB'].title, d[locale.code as 'en-GB'].summary, ...d[locale.code as 'en-GB'].body.map((b) => b.text)].join(' ')).join(' ')
      const all = [...new Set([...words(text), ...words(tricky[locale.code as 'en-GB'].join(' '))])]
      expect(all.length).toBeGreaterThan(100)
      for (const word of all) expect(stem(locale, word)[0], `${locale.code} ${word}`).toBe(word[0])
    }
  })

  it('are the same the first time and every time after', () => {
    const en = locales.find((locale) => locale.code === 'en-GB')!
    const first = ['dying', 'cooperation', 'generously'].map((word) => stem(en, word))
    expect(['dying', 'cooperation', 'generously'].map((word) => stem(en, word))).toEqual(first)
    expect(first).toEqual(['dy', 'cooper', 'gener'])
  })

  it('mark every word of an excerpt whose stem begins with a query stem', () => {
    const en = locales.find((locale) => locale.code === 'en-GB')!
    const parts = excerpt('Nobody was dying there. The cooperative cooperated; cooperation grew.', ['dying', 'cooperation'].map((word) => stem(en, word)), en)
    expect(parts.filter((part) => part.mark).map((part) => part.text)).toEqual(['dying', 'cooperative', 'cooperated', 'cooperation'])
  })
})
