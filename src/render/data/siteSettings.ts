import { siteSettingsSlug } from '../../../collections/SiteSettings'
import type { SiteSetting } from '../../payload-types'
import { rememberedPerLocale } from './rememberedPerLocale'

/** Site settings are read on every page and change rarely: kept per language until they change. */
export const findSiteSettings = rememberedPerLocale(
  (payload, locale): Promise<SiteSetting> =>
    payload.findGlobal({ slug: siteSettingsSlug, locale: locale.code, fallbackLocale: false, overrideAccess: false, draft: false, depth: 0 }),
  (collection) => collection === siteSettingsSlug,
)
