import type { NextFunction, Request, Response } from 'express'

import { languageCookie } from '../../i18n/i18next'
import { localeFromPrefix } from '../../i18n/locales'

const oneYear = 365 * 24 * 60 * 60 * 1000
const cookiePattern = new RegExp(`(?:^|;\\s*)${languageCookie}=([^;]*)`)

/**
 * Reading a page in a language (reached through the switcher or a link)
 * makes it the visitor's language for `/`. Works without JavaScript. Runs
 * ahead of the page cache, so it reads the cookie header itself.
 */
export const rememberLanguage = (req: Request, res: Response, next: NextFunction): void => {
  const locale = localeFromPrefix(req.path.split('/')[1] ?? '')
  const isPage = req.method === 'GET' && !req.path.endsWith('.xml')
  if (locale && isPage && cookiePattern.exec(req.get('cookie') ?? '')?.[1] !== locale.prefix) {
    res.cookie(languageCookie, locale.prefix, { maxAge: oneYear, sameSite: 'lax', path: '/', httpOnly: false })
  }
  next()
}
