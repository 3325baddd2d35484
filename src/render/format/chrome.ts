import type { TFunction } from 'i18next'

import { type Locale, locales } from '../../i18n/locales'
import type { SiteSetting } from '../../payload-types'

export type SwitcherLink = { code: string; label: string; href: string | null; current: boolean }
export type Alternate = { hreflang: string; href: string }

/** Everything the layout shows around a page: header, navigation, switcher, footer, head links. */
export type PageChrome = {
  locale: Locale
  t: TFunction
  title: string
  description?: string
  siteName: string
  tagline: string | null
  navigation: { label: string; href: string }[]
  footerText: string | null
  homeHref: string
  feedHref: string
  canonical: string
  alternates: Alternate[]
  switcher: SwitcherLink[]
  stylesheetHref: string
}

export type ChromeInput = {
  locale: Locale
  t: TFunction
  settings: SiteSetting | null
  title: string
  description?: string
  serverUrl: string
  stylesheetHref: string
  /** Path of this page in each language that has it; languages left out are shown as not available. */
  paths: Partial<Record<string, string>>
}

export const localePath = (locale: Locale, rest = '/'): string => `/${locale.prefix}${rest}`

const navHref = (locale: Locale, url: string): string => (url.startsWith('/') ? localePath(locale, url) : url)

export const buildChrome = ({ locale, t, settings, title, description, serverUrl, stylesheetHref, paths }: ChromeInput): PageChrome => {
  const available = locales.filter((other) => paths[other.code])
  const alternates: Alternate[] = available.map((other) => ({ hreflang: other.code, href: serverUrl + paths[other.code] }))
  const xDefault = available[0]
  if (xDefault) alternates.push({ hreflang: 'x-default', href: serverUrl + paths[xDefault.code] })
  return {
    locale,
    t,
    title,
    description,
    siteName: settings?.siteName || t('site.home'),
    tagline: settings?.tagline ?? null,
    navigation: (settings?.navigation ?? [])
      .filter((link) => link.label)
      .map((link) => ({ label: link.label as string, href: navHref(locale, link.url) })),
    footerText: settings?.footerText ?? null,
    homeHref: localePath(locale),
    feedHref: localePath(locale, '/feed.xml'),
    canonical: serverUrl + (paths[locale.code] ?? localePath(locale)),
    alternates,
    switcher: locales.map((other) => ({
      code: other.code,
      label: other.label,
      href: paths[other.code] ?? null,
      current: other.code === locale.code,
    })),
    stylesheetHref,
  }
}
