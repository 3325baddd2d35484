import type { NextFunction, Request, Response } from 'express'

import { env } from '../../env'
import { languageCookie } from '../../i18n/i18next'
import { localeFromPrefix } from '../../i18n/locales'

const oneYearSeconds = 365 * 24 * 60 * 60
const cookiePattern = new RegExp(`(?:^|;\\s*)${languageCookie}=([^;]*)`)
/** Over https the cookie is never sent in the clear, like the session cookies (collections/Users.ts). */
const overHttps = env.serverUrl.startsWith('https:')

/**
 * The `Set-Cookie` value that makes the language of a page being read the
 * visitor's language for `/`, or undefined when it already is (or this is
 * not a page in a language). Plain strings in and out, so the cached-page
 * fast path before Express can use it too.
 */
export const languageCookieFor = (method: string | undefined, url: string, cookieHeader: string | undefined, secure = overHttps): string | undefined => {
  const path = url.split('?', 1)[0] ?? ''
  const locale = localeFromPrefix(path.split('/')[1] ?? '')
  const isPage = method === 'GET' && !path.endsWith('.xml')
  if (!locale || !isPage || cookiePattern.exec(cookieHeader ?? '')?.[1] === locale.prefix) return undefined
  return `${languageCookie}=${locale.prefix}; Max-Age=${oneYearSeconds}; Path=/; SameSite=Lax${secure ? '; Secure' : ''}`
}

/**
 * Reading a page in a language (reached through the switcher or a link)
 * makes it the visitor's language for `/`. Works without JavaScript. Runs
 * ahead of the page cache, so it reads the cookie header itself.
 */
export const rememberLanguage = (req: Request, res: Response, next: NextFunction): void => {
  const cookie = languageCookieFor(req.method, req.originalUrl, req.headers.cookie)
  if (cookie) res.append('Set-Cookie', cookie)
  next()
}
