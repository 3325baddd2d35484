import type { Response } from 'express'
import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

/** Renders a view to a complete HTML document. */
export const renderDocument = (element: ReactElement): string => `<!DOCTYPE html>${renderToStaticMarkup(element)}`

export const sendHtml = (res: Response, status: number, html: string): void => {
  res.status(status).type('html').send(html)
}
