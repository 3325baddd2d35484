import type { Payload } from 'payload'

import type { Locale } from '../../i18n/locales'
import { onContentChange } from '../cache/contentEvents'

/**
 * For what every page reads and what changes rarely (site settings, the
 * people and topics directory): one load per Payload instance and language,
 * kept until content of a collection it depends on changes. A failed load
 * (database down) is not remembered.
 */
export const rememberedPerLocale = <T>(
  load: (payload: Payload, locale: Locale) => Promise<T>,
  dependsOn: (collection: string) => boolean,
): ((payload: Payload, locale: Locale) => Promise<T>) => {
  const remembered = new Map<Payload, Map<string, Promise<T>>>()
  onContentChange(({ collection }) => {
    if (dependsOn(collection)) remembered.clear()
  })
  return (payload, locale) => {
    let perLocale = remembered.get(payload)
    if (!perLocale) {
      perLocale = new Map()
      remembered.set(payload, perLocale)
    }
    const cached = perLocale.get(locale.code)
    if (cached) return cached
    const loading = load(payload, locale)
    perLocale.set(locale.code, loading)
    loading.catch(() => perLocale.delete(locale.code))
    return loading
  }
}
