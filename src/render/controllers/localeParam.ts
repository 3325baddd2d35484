import type { Request } from 'express'

import { type Locale, localeFromPrefix } from '../../i18n/locales'

/** The locale named by the `:lang` URL segment, or undefined when it names none of ours. */
export const localeParam = (req: Request): Locale | undefined => {
  const lang = req.params.lang
  return typeof lang === 'string' ? localeFromPrefix(lang) : undefined
}
