import { localeCodes } from '../../i18n/locales'

type Node = Record<string, unknown>

const isObject = (value: unknown): value is Node => Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/** The first language of `doc` that holds text but is not published, judged by the document's own `_status`. */
const unpublishedIn = (doc: Node): string | undefined => {
  const status = doc._status
  // One language read: an anonymous answer holds only documents published in it.
  if (typeof status === 'string') return status === 'published' ? undefined : `its one language, ${status}`
  if (!isObject(status)) return undefined
  const unpublished = localeCodes.filter((code) => status[code] !== 'published')
  for (const [name, value] of Object.entries(doc)) {
    if (name === '_status' || !isObject(value)) continue
    const found = unpublished.find((code) => value[code] !== undefined && value[code] !== null)
    if (found) return `${found} (${String(status[found] ?? 'never published')}) in ${name}`
  }
  return undefined
}

/**
 * Where in an API answer a language that is not published appears, if it
 * does: any document with a `_status` (a statement, in a list, by id or
 * populated) whose values hold a language its status does not mark
 * published. The API cache checks each anonymous answer before keeping it,
 * so a fault in the hiding of unpublished languages (collections/Statements/
 * hooks/hideUnpublishedLocales.ts) reaches one reader, not everyone after.
 */
export const unpublishedLanguageIn = (answer: unknown, depth = 0): string | undefined => {
  // Too deep to look through is too deep to vouch for.
  if (depth > 64) return 'an answer nested too deep to check'
  if (Array.isArray(answer)) {
    for (const item of answer) {
      const found = unpublishedLanguageIn(item, depth + 1)
      if (found) return found
    }
    return undefined
  }
  if (!isObject(answer)) return undefined
  if ('_status' in answer) {
    const found = unpublishedIn(answer)
    if (found) return `document ${String(answer.id)}: ${found}`
  }
  for (const value of Object.values(answer)) {
    if (value && typeof value === 'object') {
      const found = unpublishedLanguageIn(value, depth + 1)
      if (found) return found
    }
  }
  return undefined
}
