import type { TFunction } from 'i18next'

import type { Locale } from '../../i18n/locales'
import type { RenderContext } from '../context'
import { findStatements, type StatementFilter } from '../data/statements'
import { toStatementCard } from '../format/statementView'
import { PublicError } from '../publicError'

export const pageSize = 20

/** One page of published statements as cards; a page past the last is a 404. */
export const listStatements = async (
  context: RenderContext,
  locale: Locale,
  t: TFunction,
  { page, filter, limit = pageSize }: { page: number; filter?: StatementFilter; limit?: number },
) => {
  const result = await findStatements(context.payload, locale, { page, limit, filter })
  // CASE: asking for page 7 of 3; page 1 of nothing is an empty list, not an error.
  if (page > 1 && page > result.totalPages) throw new PublicError(404, 'errors.notFoundText')
  const format = { locale, t, timeZone: context.timeZone, serverUrl: context.serverUrl }
  return {
    items: result.docs.map((doc) => toStatementCard(doc, format)),
    total: result.totalDocs,
    totalPages: Math.max(1, result.totalPages),
  }
}
