import { stemmer as english } from '@orama/stemmers/english'
import { stemmer as russian } from '@orama/stemmers/russian'

import type { LocaleDefinition } from '../i18n/locales'

const stemmers: Record<LocaleDefinition['stemmer'], (word: string) => string> = { english, russian }

/** Words as search sees them: letters and digits, lower-cased, ё folded into е. */
export const words = (text: string): string[] =>
  (text.toLowerCase().replace(/ё/g, 'е').match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length > 1 || /\d/.test(word))

/** Distinct words remembered per stemmer: a press office's vocabulary, with room to spare. */
const maxRemembered = 100_000
const remembered = new Map<string, Map<string, string>>()

/**
 * A Snowball stem costs a dozen regular expressions, microseconds a word, and
 * a search page stems the words around each of its twenty excerpts: each
 * word's stem is kept, up to a bound, per stemmer.
 */
export const stem = (locale: Pick<LocaleDefinition, 'stemmer'>, word: string): string => {
  let known = remembered.get(locale.stemmer)
  if (!known) remembered.set(locale.stemmer, (known = new Map()))
  let result = known.get(word)
  if (result === undefined) {
    result = stemmers[locale.stemmer](word)
    if (known.size >= maxRemembered) known.delete(known.keys().next().value as string)
    known.set(word, result)
  }
  return result
}

/**
 * The text a document is found by: its distinct stems, each preceded by a
 * space, so a query stem matches as ` stem` (a whole stem or the start of one)
 * with a plain `contains` that every database adapter supports.
 */
export const stemIndex = (locale: Pick<LocaleDefinition, 'stemmer'>, text: string): string => {
  const stems = new Set(words(text).map((word) => stem(locale, word)))
  return stems.size === 0 ? '' : ` ${[...stems].join(' ')}`
}
