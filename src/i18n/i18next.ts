import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import i18next, { type TFunction } from 'i18next'

import { defaultLocale, type Locale, localeCodes, matchLocale } from './locales'

export const namespaces = ['common'] as const

const localesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../locales')

/** Reads every `locales/{code}/{namespace}.json` once, at start-up. */
export const loadResources = () =>
  Object.fromEntries(
    localeCodes.map((code) => [
      code,
      Object.fromEntries(
        namespaces.map((ns) => [ns, JSON.parse(readFileSync(path.join(localesDir, code, `${ns}.json`), 'utf8'))]),
      ),
    ]),
  )

/** One i18next instance for the public site, initialised synchronously with every string preloaded. */
export const i18n = i18next.createInstance()
void i18n.init({
  resources: loadResources(),
  supportedLngs: localeCodes,
  preload: localeCodes,
  fallbackLng: false,
  lng: defaultLocale.code,
  ns: [...namespaces],
  defaultNS: 'common',
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes what it renders.
  returnNull: false,
})

/**
 * i18next resolves the key, plurals and interpolation on every call, tens of
 * microseconds each, and a page asks for dozens of strings. A key asked for
 * without options always gives the same string (the resources never change
 * after start-up), so each is resolved once; calls with options go through.
 */
const rememberPlainKeys = (t: TFunction): TFunction => {
  const known = new Map<string, string>()
  const remembering = (key: unknown, ...rest: unknown[]) => {
    if (typeof key !== 'string' || rest.length > 0) return (t as unknown as (...args: unknown[]) => unknown)(key, ...rest)
    let value = known.get(key)
    if (value === undefined) {
      value = String(t(key))
      known.set(key, value)
    }
    return value
  }
  return remembering as unknown as TFunction
}

const fixedT = new Map<string, TFunction>(localeCodes.map((code) => [code, rememberPlainKeys(i18n.getFixedT(code))]))

export const tFor = (locale: Locale): TFunction => fixedT.get(locale.code) as TFunction

export const languageCookie = 'lang'

/**
 * Picks the visitor's language: the `lang` cookie, then Accept-Language
 * (q-values honoured; `ru`, `ru-RU` and `ru-UA` all mean Russian), then the default.
 */
export const negotiateLocale = (cookieValue: string | undefined, acceptLanguage: string | undefined): Locale => {
  const fromCookie = cookieValue ? matchLocale(cookieValue) : undefined
  if (fromCookie) return fromCookie
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/i.exec(p)?.[1]).find(Boolean)
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index }
    })
    .filter(({ tag, q }) => tag && tag !== '*' && Number.isFinite(q) && q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  for (const { tag } of ranked) {
    const locale = matchLocale(tag)
    if (locale) return locale
  }
  return defaultLocale
}
