import { readFileSync } from 'node:fs'
import path from 'node:path'

import i18next, { type TFunction } from 'i18next'

import { projectRoot } from '../projectRoot'
import { defaultLocale, type Locale, localeCodes, matchLocale } from './locales'

export const namespaces = ['common'] as const

const localesDir = path.join(projectRoot, 'locales')

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

/** Options that choose which form of a string is used, rather than what is put in it. */
const formChoosers = new Set(['count', 'context', 'ordinal'])

/** Most distinct (key, form) pairs remembered; far more than the public site's strings. */
const maxRemembered = 5_000

/**
 * i18next resolves the key, plurals and interpolation on every call, 30 to
 * 60 microseconds each with options, and every page asks for dozens of
 * strings. The resources never change after start-up, so a string is
 * resolved once per key and form (its count, context or ordinal): the
 * values put into it are stood in for by markers, and only those are
 * replaced on later calls. Calls with anything but plain values go through.
 */
const rememberResolvedStrings = (t: TFunction): TFunction => {
  const call = t as unknown as (...args: unknown[]) => unknown
  const known = new Map<string, string>()
  const plainKeys = new Map<string, string>()
  const remembering = (key: unknown, options?: unknown, ...rest: unknown[]) => {
    if (options === undefined && rest.length === 0 && typeof key === 'string') {
      let value = plainKeys.get(key)
      if (value === undefined) {
        value = String(call(key))
        plainKeys.set(key, value)
      }
      return value
    }
    const plain = options === undefined || (typeof options === 'object' && options !== null && !Array.isArray(options))
    if (typeof key !== 'string' || rest.length > 0 || !plain) return call(key, options, ...rest)
    const entries = Object.entries((options ?? {}) as Record<string, unknown>)
    if (entries.some(([, value]) => typeof value !== 'string' && typeof value !== 'number')) return call(key, options)
    const chosen = entries.filter(([name]) => formChoosers.has(name))
    const filled = entries.filter(([name]) => !formChoosers.has(name))
    const memoKey = `${key}\u0000${JSON.stringify(chosen)}\u0000${filled.map(([name]) => name).join(',')}`
    let template = known.get(memoKey)
    if (template === undefined) {
      const markers = Object.fromEntries(filled.map(([name]) => [name, `\u0001${name}\u0001`]))
      template = String(call(key, { ...Object.fromEntries(chosen), ...markers }))
      if (known.size >= maxRemembered) known.delete(known.keys().next().value as string)
      known.set(memoKey, template)
    }
    let text = template
    for (const [name, value] of filled) text = text.replaceAll(`\u0001${name}\u0001`, String(value))
    return text
  }
  return remembering as unknown as TFunction
}

const fixedT = new Map<string, TFunction>(localeCodes.map((code) => [code, rememberResolvedStrings(i18n.getFixedT(code))]))

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
