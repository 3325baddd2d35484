import type { NextFunction, Request, Response } from 'express'

import type { RenderContext } from '../context'
import { findOldUrlTarget } from '../data/oldUrls'

/**
 * The last public route before the 404 page: an address of the site an
 * archive was imported from answers 301 to the statement's page here, so
 * links to the old site all over the web keep working.
 */
export const oldUrlController = (context: RenderContext) => async (req: Request, res: Response, next: NextFunction) => {
  const target = await findOldUrlTarget(context.payload, req.path)
  // CASE: not an old address, or its language version is not published here: the 404 page.
  if (!target) return next()
  res.set('Cache-Control', 'public, max-age=3600')
  res.redirect(301, target)
}
