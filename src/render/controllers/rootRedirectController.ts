import type { Request, Response } from 'express'

import { languageCookie, negotiateLocale } from '../../i18n/i18next'
import { localePath } from '../format/chrome'

/** `/` sends the visitor to their language's home: cookie, then Accept-Language, then the default. */
export const rootRedirectController = (req: Request, res: Response) => {
  const locale = negotiateLocale(req.cookies?.[languageCookie], req.get('accept-language'))
  res.vary('Accept-Language').vary('Cookie').set('Cache-Control', 'private, no-cache').redirect(302, localePath(locale))
}
