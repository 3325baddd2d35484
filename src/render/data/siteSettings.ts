import type { Payload } from 'payload'

import { siteSettingsSlug } from '../../../collections/SiteSettings'
import type { Locale } from '../../i18n/locales'
import type { SiteSetting } from '../../payload-types'

export const findSiteSettings = async (payload: Payload, locale: Locale): Promise<SiteSetting> =>
  payload.findGlobal({
    slug: siteSettingsSlug,
    locale: locale.code,
    fallbackLocale: false,
    overrideAccess: false,
    draft: false,
    depth: 0,
  })
