import type { PayloadRequest } from 'payload'

import { keepRequestLocale } from '../../collections/shared/keepRequestLocale'
import { localeCodes, type LocaleCode } from '../i18n/locales'
import type { ArchivePerson, ArchiveTopic } from './format'

type Id = number | string

/** Both languages in a fixed order, the first with a name creating the record. */
const namedLanguages = (names: Partial<Record<LocaleCode, string>>) => localeCodes.filter((code) => names[code])

/**
 * Finds a person or topic by slug, creating it when missing with its names
 * in every language the archive gives, and filling in a language whose name
 * it lacks. Names already there are left alone: the office may have edited them.
 */
const findOrCreate = async (
  req: PayloadRequest,
  collection: 'people' | 'topics',
  item: ArchivePerson | ArchiveTopic,
  extra: (code: LocaleCode) => Record<string, unknown>,
): Promise<Id> =>
  keepRequestLocale(req, async () => {
    const { docs } = await req.payload.find({ collection, where: { slug: { equals: item.slug } }, locale: 'all', depth: 0, limit: 1, overrideAccess: true, req })
    const existing = docs[0] as unknown as { id: Id; name?: Partial<Record<string, string>> } | undefined
    const languages = namedLanguages(item.name)
    let id = existing?.id
    for (const code of languages) {
      if (existing?.name?.[code]) continue
      const data = { name: item.name[code], ...extra(code) }
      if (id === undefined) {
        const created = await req.payload.create({ collection, locale: code, data: { ...data, slug: item.slug } as never, depth: 0, overrideAccess: true, req })
        id = created.id
      } else {
        await req.payload.update({ collection, id, locale: code, data: data as never, depth: 0, overrideAccess: true, req })
      }
    }
    return id as Id
  })

export const resolvePerson = (req: PayloadRequest, person: ArchivePerson) =>
  findOrCreate(req, 'people', person, (code) => (person.position?.[code] ? { position: person.position[code] } : {}))

export const resolveTopic = (req: PayloadRequest, topic: ArchiveTopic) =>
  findOrCreate(req, 'topics', topic, () => (topic.type ? { type: topic.type } : {}))
