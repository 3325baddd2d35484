import { type CollectionBeforeValidateHook, type PayloadRequest, ValidationError } from 'payload'

type Link = { to: string; id: unknown }

/** The documents a link field's value points at: ids, populated documents, or `{ relationTo, value }` pairs. */
const linksIn = (value: unknown, relationTo: string | string[]): Link[] =>
  (Array.isArray(value) ? value : [value]).flatMap((each): Link[] => {
    if (each === null || each === undefined || each === '') return []
    if (typeof each !== 'object') return typeof relationTo === 'string' ? [{ to: relationTo, id: each }] : []
    const { relationTo: to, value, id } = each as { relationTo?: unknown; value?: unknown; id?: unknown }
    if (typeof to === 'string') return [{ to, id: value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : value }]
    return typeof relationTo === 'string' ? [{ to: relationTo, id }] : []
  })

const wellFormed = (req: PayloadRequest, id: unknown): id is number | string =>
  req.payload.db.defaultIDType === 'number' ? /^\d{1,15}$/.test(String(id)) : typeof id === 'string' && id.length > 0 && id.length <= 100

/** The ids among `ids` that name no document of the collection. */
const missingOf = async (req: PayloadRequest, collection: string, ids: unknown[]): Promise<unknown[]> => {
  const candidates = [...new Set(ids.filter((id) => wellFormed(req, id)).map(String))]
  if (!(collection in req.payload.collections)) return ids
  const found = candidates.length
    ? await req.payload.find({ collection: collection as never, where: { id: { in: candidates } }, depth: 0, limit: candidates.length, pagination: false, overrideAccess: true, req })
    : { docs: [] }
  const existing = new Set(found.docs.map((doc) => String((doc as { id: unknown }).id)))
  return ids.filter((id) => !wellFormed(req, id) || !existing.has(String(id)))
}

/**
 * Refuses a save that links to a document that does not exist, with 400 and
 * the field that names it. Payload checks links only when it validates, and
 * drafts are not validated: a draft naming person 99999999 reached the
 * database, whose foreign key refused it (a 500), and on MongoDB would have
 * been stored. Checks the collection's top-level link and upload fields sent
 * in the save, one query per field.
 */
export const rejectUnknownRelations: CollectionBeforeValidateHook = async ({ data, req, collection }) => {
  if (!data) return data
  const errors: { path: string; message: string }[] = []
  for (const field of collection.flattenedFields) {
    if ((field.type !== 'relationship' && field.type !== 'upload') || !(field.name in data)) continue
    const links = linksIn((data as Record<string, unknown>)[field.name], field.relationTo)
    const missing: unknown[] = []
    for (const to of new Set(links.map((link) => link.to))) {
      missing.push(...(await missingOf(req, to, links.filter((link) => link.to === to).map((link) => link.id))))
    }
    if (missing.length > 0) errors.push({ path: field.name, message: `${req.t('validation:invalidSelections')} ${missing.map((id) => JSON.stringify(id)).join(', ')}` })
  }
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors }, req.t)
  return data
}
