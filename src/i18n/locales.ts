/**
 * THE locale list. Payload's `localization`, i18next's `supportedLngs`, the URL
 * prefixes, `hreflang` and the folders under `locales/` all derive from it.
 */
export type LocaleDefinition = {
  /** Payload locale code, BCP 47 tag, i18next language and `locales/` folder name. */
  code: string
  /** First path segment of the public URLs: `/en/...`. */
  prefix: string
  /** The language's own name, as shown in the switcher. */
  label: string
  /** Payload admin UI language used for this locale's label. */
  adminLanguage: 'en' | 'ru'
  /** The language's name in each admin language, as a sentence uses it ("Publish in Russian"). */
  adminLabel: { en: string; ru: string }
  /** Snowball stemmer used by search for this language (see src/search/stemmers.ts). */
  stemmer: 'english' | 'russian'
}

export const locales = [
  { code: 'en-GB', prefix: 'en', label: 'English', adminLanguage: 'en', adminLabel: { en: 'English', ru: 'Английский' }, stemmer: 'english' },
  { code: 'ru-RU', prefix: 'ru', label: 'Русский', adminLanguage: 'ru', adminLabel: { en: 'Russian', ru: 'Русский' }, stemmer: 'russian' },
] as const satisfies readonly LocaleDefinition[]

export type LocaleCode = (typeof locales)[number]['code']
export type Locale = (typeof locales)[number]

export const defaultLocale: Locale = locales[0]
export const localeCodes: LocaleCode[] = locales.map((locale) => locale.code)

const byPrefix = new Map<string, Locale>(locales.map((locale) => [locale.prefix, locale]))
const byCode = new Map<string, Locale>(locales.map((locale) => [locale.code, locale]))

export const localeFromPrefix = (prefix: string): Locale | undefined => byPrefix.get(prefix)
export const localeFromCode = (code: string): Locale | undefined => byCode.get(code)
export const isLocaleCode = (code: unknown): code is LocaleCode =>
  typeof code === 'string' && byCode.has(code)

/**
 * Matches a language tag such as `ru`, `ru-UA` or `EN-us` to one of our
 * locales: exact tag first, then the primary language subtag.
 */
export const matchLocale = (tag: string): Locale | undefined => {
  const wanted = tag.trim().toLowerCase()
  if (!wanted) return undefined
  const exact = locales.find((locale) => locale.code.toLowerCase() === wanted)
  if (exact) return exact
  const primary = wanted.split('-')[0]
  return locales.find((locale) => locale.code.toLowerCase().split('-')[0] === primary)
}
