import type { Payload } from 'payload'

import { siteSettingsSlug } from '../../../collections/SiteSettings'
import type { Locale } from '../../i18n/locales'
import type { SiteSetting } from '../../payload-types'
import { onContentChange } from '../cache/contentEvents'

/**
 * Site settings are read on every page and change rarely: keep them per
 * Payload instance and language until content changes.
 */
const remembered = new Map<Payload, Map<string, Promise<SiteSetting>>>()
onContentChange(({ collection }) => {
  if (collection === siteSettingsSlug) remembered.clear()
})

export const findSiteSettings = (payload: Payload, locale: Locale): Promise<SiteSetting> => {
  let perLocale = remembered.get(payload)
  if (!perLocale) {
    perLocale = new Map()
    remembered.set(payload, perLocale)
  }
  const cached = perLocale.get(locale.code)
  if (cached) return cached
  const loading = payload.findGlobal({
    slug: siteSettingsSlug,
    locale: locale.code,
    fallbackLocale: false,
    overrideAccess: false,
    draft: false,
    depth: 0,
  })
  perLocale.set(locale.code, loading)
  // A failed read (database down) is not remembered.
  loading.catch(() => perLocale.delete(locale.code))
  return loading
}
