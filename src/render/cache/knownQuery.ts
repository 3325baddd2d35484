import type { RequestHandler } from 'express'

/**
 * Whether every parameter in a URL's query is one of `known` (by its name up
 * to any `[`, as in `where[title][equals]`). An address with anything else,
 * or an empty or malformed query, is answered but never cached: unknown
 * parameters change nothing in the answer, so each spelling would only be
 * another copy, and a way to fill the cache with addresses.
 */
export const hasOnlyKnownParameters = (url: string, known: ReadonlySet<string>): boolean => {
  const start = url.indexOf('?')
  if (start === -1) return true
  for (const part of url.slice(start + 1).split('&')) {
    const raw = part.split('=', 1)[0] ?? ''
    let name: string
    try {
      name = decodeURIComponent(raw.replace(/\+/g, ' '))
    } catch {
      return false
    }
    if (!known.has(name.split('[', 1)[0] ?? '')) return false
  }
  return true
}

/** What Payload reads from the query of a REST read (its parseParams, and the locale pair). */
export const payloadReadParameters: ReadonlySet<string> = new Set([
  'depth',
  'draft',
  'fallback-locale',
  'joins',
  'limit',
  'locale',
  'page',
  'pagination',
  'populate',
  'select',
  'sort',
  'trash',
  'where',
])

/**
 * Marks a public page's answer as one the page cache may keep: its address
 * carries only the query parameters this route reads. Routes that read none
 * need no mark; their answers are kept only without a query.
 */
export const pageQuery =
  (...names: string[]): RequestHandler =>
  (req, res, next) => {
    res.locals.knownQuery = hasOnlyKnownParameters(req.originalUrl, new Set(names))
    next()
  }
