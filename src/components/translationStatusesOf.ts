import type { Payload } from 'payload'

import { translationsSlug } from '../../collections/Translations'
import type { Translation } from '../payload-types'

export type TranslationStatusRow = Pick<Translation, 'language' | 'status'>

type Batch = { ids: Set<string>; statuses: Promise<Map<string, TranslationStatusRow[]>> }

const open = new WeakMap<Payload, Batch>()

const statementKey = (statement: Translation['statement']): string => String(typeof statement === 'object' && statement !== null ? statement.id : statement)

/**
 * The statements list renders each row's badge cell as its own server
 * component, which knows only its row. Cells asking in the same turn of the
 * event loop (all rows of a page: React calls them one after another) share
 * one query for their records instead of one query each.
 */
export const translationStatusesOf = (payload: Payload, statementId: number | string): Promise<TranslationStatusRow[]> => {
  let batch = open.get(payload)
  if (!batch) {
    const ids = new Set<string>()
    const statuses = new Promise<Map<string, TranslationStatusRow[]>>((resolve, reject) => {
      setImmediate(() => {
        open.delete(payload)
        payload
          .find({
            collection: translationsSlug,
            where: { statement: { in: [...ids] } },
            depth: 0,
            sort: 'language',
            pagination: false,
            select: { statement: true, language: true, status: true },
            overrideAccess: true,
          })
          .then(({ docs }) => {
            const byStatement = new Map<string, TranslationStatusRow[]>()
            for (const { statement, language, status } of docs) {
              const key = statementKey(statement)
              byStatement.set(key, [...(byStatement.get(key) ?? []), { language, status }])
            }
            resolve(byStatement)
          }, reject)
      })
    })
    batch = { ids, statuses }
    open.set(payload, batch)
  }
  batch.ids.add(String(statementId))
  return batch.statuses.then((byStatement) => byStatement.get(String(statementId)) ?? [])
}
