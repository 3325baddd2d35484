import { stemmer as english } from '@orama/stemmers/english'
import { stemmer as russian } from '@orama/stemmers/russian'

import type { LocaleDefinition } from '../i18n/locales'

const stemmers: Record<LocaleDefinition['stemmer'], (word: string) => string> = { english, russian }

/** Words as search sees them: letters and digits, lower-cased, ё folded into е. */
export const words = (text: string): string[] =>
  (text.toLowerCase().replace(/ё/g, 'е').match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length > 1 || /\d/.test(word))

export const stem = (locale: Pick<LocaleDefinition, 'stemmer'>, word: string): string => stemmers[locale.stemmer](word)

/**
 * The text a document is found by: its distinct stems, each preceded by a
 * space, so a query stem matches as ` stem` (a whole stem or the start of one)
 * with a plain `contains` that every database adapter supports.
 */
export const stemIndex = (locale: Pick<LocaleDefinition, 'stemmer'>, text: string): string => {
  const stems = new Set(words(text).map((word) => stem(locale, word)))
  return stems.size === 0 ? '' : ` ${[...stems].join(' ')}`
}
