import type { Locale } from '../../i18n/locales'
import { stem } from '../../search/stemmers'

export type ExcerptPart = { text: string; mark: boolean }

const wordPattern = /[\p{L}\p{N}]+/gu

/**
 * A window of about `size` characters around the first word whose stem
 * starts with one of the query's stems, split into parts, matched words
 * marked. Marking happens in the view through <mark>, so nothing is HTML here.
 */
export const excerpt = (text: string, stems: string[], locale: Locale, size = 220): ExcerptPart[] => {
  const clean = text.replace(/\s+/g, ' ').trim()
  const fold = (word: string) => word.toLowerCase().replace(/ё/g, 'е')
  // Snowball stemmers change a word's ending, never its first letter: only words beginning with the
  // first letter of a query stem can match, and the rest of a text is passed over without stemming.
  const firstLetters = [...new Set(stems.map((s) => s[0]).filter(Boolean))].join('')
  const matchesFolded = (folded: string) => {
    const wordStem = stem(locale, folded)
    return stems.some((s) => wordStem.startsWith(s))
  }
  const matches = (word: string) => {
    const folded = fold(word)
    return firstLetters.includes(folded[0] ?? '') && matchesFolded(folded)
  }
  let first = -1
  const folded = fold(clean)
  if (firstLetters && folded.length === clean.length) {
    // Straight to the words that begin with one of those letters (letters and digits need no escaping here).
    const candidates = new RegExp(`(?<![\\p{L}\\p{N}])[${firstLetters}][\\p{L}\\p{N}]*`, 'gu')
    for (const match of folded.matchAll(candidates)) {
      if (matchesFolded(match[0])) {
        first = match.index ?? 0
        break
      }
    }
  } else {
    for (const match of clean.matchAll(wordPattern)) {
      if (matches(match[0])) {
        first = match.index ?? 0
        break
      }
    }
  }
  const start = first < 0 ? 0 : Math.max(0, clean.lastIndexOf(' ', Math.max(0, first - size / 3)))
  let end = Math.min(clean.length, start + size)
  if (end < clean.length) end = Math.max(clean.indexOf(' ', end), end)
  if (end < 0) end = clean.length
  const window = (start > 0 ? '… ' : '') + clean.slice(start, end).trim() + (end < clean.length ? ' …' : '')
  const parts: ExcerptPart[] = []
  let last = 0
  for (const match of window.matchAll(wordPattern)) {
    if (!matches(match[0])) continue
    const index = match.index ?? 0
    if (index > last) parts.push({ text: window.slice(last, index), mark: false })
    parts.push({ text: match[0], mark: true })
    last = index + match[0].length
  }
  if (last < window.length) parts.push({ text: window.slice(last), mark: false })
  return parts
}
