import type { TFunction } from 'i18next'

import { type Locale, locales } from '../../i18n/locales'
import type { SiteSetting } from '../../payload-types'

export type SwitcherLink = { code: string; label: string; href: string | null; current: boolean }
export type Alternate = { hreflang: string; href: string }
export type NavLink = { label: string; href: string; current?: 'page' | 'true' }

/** Everything the layout shows around a page: header, navigation, switcher, footer, head links. */
export type PageChrome = {
  locale: Locale
  t: TFunction
  title: string
  description?: string
  siteName: string
  tagline: string | null
  /** `current`: 'page' on the link to this very page, 'true' on the link to the section it is in. */
  navigation: NavLink[]
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

/**
 * Where a navigation link stands to the page shown: the page itself (same
 * path, and the link's query, if it has one, the same), or a section it is in
 * (/en/statements for a statement, /en/topics for a topic).
 */
const currentness = (href: string, here: string | undefined): NavLink['current'] => {
  if (!here || !href.startsWith('/')) return undefined
  const link = new URL(href, 'http://site')
  const page = new URL(here, 'http://site')
  const linkPath = link.pathname.replace(/\/$/, '')
  const pagePath = page.pathname.replace(/\/$/, '')
  if (linkPath === pagePath) return !link.search || link.search === page.search ? 'page' : undefined
  return !link.search && linkPath !== '' && pagePath.startsWith(`${linkPath}/`) ? 'true' : undefined
}

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
      .map((link) => {
        const href = navHref(locale, link.url)
        return { label: link.label as string, href, current: currentness(href, paths[locale.code]) }
      }),
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
