import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { localeCodes } from '../../../src/i18n/locales'
import { hasRole } from '../../shared/roles'

/** Set by src/render/data/search.ts, the one public reader allowed to query the search index. */
export const publicSearchContext = 'publicSearch'

const forbiddenSegments = new Set<string>([...localeCodes, 'version', 'versions'])

/** Every field path a where clause or sort names. */
const pathsOf = (where: unknown, out: string[] = []): string[] => {
  if (Array.isArray(where)) where.forEach((item) => pathsOf(item, out))
  else if (where && typeof where === 'object') {
    for (const [key, value] of Object.entries(where)) {
      if (key === 'and' || key === 'or') pathsOf(value, out)
      else out.push(key)
    }
  }
  return out
}

/**
 * Reads by anyone without a newsroom role see published versions only, and
 * cannot reach around that: no drafts (`draft=true` is ignored), no fallback
 * to another language, `_status` always selected (so unpublished languages
 * can be removed from `locale=all` answers), and no filtering or sorting on
 * one language's values from another (`title.ru-RU`), on versions, or on the
 * search index, which would reveal unpublished text a word at a time.
 */
// Counting takes a where clause too: a count of matches is the same word-by-word oracle as a list.
const guardedOperations = new Set(['read', 'count', 'readDistinct'])

export const guardPublicReads: CollectionBeforeOperationHook = ({ args, operation, req, overrideAccess }) => {
  if (!guardedOperations.has(operation) || overrideAccess || hasRole(req.user, 'admin', 'editor', 'translator')) return args
  const guarded = { ...args, draft: false } as typeof args & { select?: Record<string, unknown>; sort?: string | string[]; where?: unknown }
  req.fallbackLocale = false
  const select = guarded.select
  if (select && typeof select === 'object') {
    const values = Object.values(select)
    guarded.select = values.some((v) => v === false) ? Object.fromEntries(Object.entries(select).filter(([key]) => key !== '_status')) : { ...select, _status: true }
  }
  const sort = guarded.sort === undefined ? [] : ([] as string[]).concat(guarded.sort).map((s) => s.replace(/^-/, ''))
  const paths = [...pathsOf(guarded.where), ...sort]
  for (const path of paths) {
    const segments = path.split('.')
    if (segments.some((segment) => forbiddenSegments.has(segment))) {
      throw new APIError(`Filtering or sorting on "${path}" is not allowed: ask for one language with ?locale= instead.`, 400, null, true)
    }
    if (segments[0] === 'searchStems' && !req.context?.[publicSearchContext]) {
      throw new APIError('The search index cannot be queried directly; use the site search.', 400, null, true)
    }
  }
  return guarded as typeof args
}
