import type { TFunction } from 'i18next'

import type { Locale } from '../../i18n/locales'
import type { RenderContext } from '../context'
import { findSiteSettings } from '../data/siteSettings'
import { buildChrome, type PageChrome } from '../format/chrome'

type ChromeArgs = {
  context: RenderContext
  locale: Locale
  t: TFunction
  title: string
  description?: string
  paths: Partial<Record<string, string>>
}

/** Loads the site settings for the page's language and builds its chrome. */
export const pageChrome = async ({ context, locale, t, title, description, paths }: ChromeArgs): Promise<PageChrome> =>
  buildChrome({
    locale,
    t,
    settings: await findSiteSettings(context.payload, locale),
    title,
    description,
    serverUrl: context.serverUrl,
    stylesheetHref: context.stylesheet.href,
    paths,
  })
