import { describe, expect, it } from 'vitest'

import { i18n, loadResources, tFor } from '../../../src/i18n/i18next'
import { locales } from '../../../src/i18n/locales'

/** Every key of a namespace's nested JSON, dotted. */
const keysOf = (tree: Record<string, unknown>, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([name, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value as Record<string, unknown>, `${prefix}${name}.`) : [`${prefix}${name}`.replace(/_(zero|one|two|few|many|other)$/, '')],
  )

const variants: (Record<string, string | number> | undefined)[] = [
  undefined,
  ...[0, 1, 2, 3, 4, 5, 11, 21, 22, 25, 101, 1000].map((count) => ({ count, query: `war ${count}` })),
  { url: 'https://example.org/en/statements/a?b=1&c=<2>', language: 'Русский', id: 'req-1', page: 7, site: 'Press office', query: '{{count}}', name: 'page' },
  { url: 'https://example.org/ru/statements/b', language: 'English', id: 'req-2', page: 12, site: 'Пресс-служба', query: 'сотрудничество', name: 'topic' },
]

describe('the public site’s remembered strings', () => {
  it('give exactly what i18next gives, for every key, count and value, the first time and every time after', () => {
    const resources = loadResources()
    for (const locale of locales) {
      const remembered = tFor(locale)
      const direct = i18n.getFixedT(locale.code)
      const keys = [...new Set(keysOf(resources[locale.code]?.common as Record<string, unknown>))]
      expect(keys.length).toBeGreaterThan(20)
      for (let round = 0; round < 2; round++) {
        for (const key of keys) {
          for (const options of variants) {
            expect(remembered(key, options as never), `${locale.code} ${key} ${JSON.stringify(options)}`).toBe(direct(key, options as never))
          }
        }
      }
    }
  })

  it('choose the Russian plural form by count', () => {
    const t = tFor(locales.find((locale) => locale.code === 'ru-RU')!)
    expect([1, 2, 5, 21].map((count) => t('count.statements', { count }))).toEqual(['1 заявление', '2 заявления', '5 заявлений', '21 заявление'])
  })
})
