import type { Payload } from 'payload'

import { peopleSlug } from '../../../collections/People'
import { topicsSlug } from '../../../collections/Topics'
import type { Locale } from '../../i18n/locales'
import type { Person, Topic } from '../../payload-types'
import { onContentChange } from '../cache/contentEvents'

export type DirectoryPerson = Pick<Person, 'id' | 'name' | 'position' | 'slug'>
export type DirectoryTopic = Pick<Topic, 'id' | 'name' | 'slug'>

/** People and topics by id (as a string), in one language. */
export type Directory = { people: Map<string, DirectoryPerson>; topics: Map<string, DirectoryTopic> }

/**
 * A press office names a few hundred people and topics at most, and every
 * statement page shows some of them: keep them per Payload instance and
 * language until a person or a topic changes, instead of joining them on
 * every read.
 */
const remembered = new Map<Payload, Map<string, Promise<Directory>>>()
onContentChange(({ collection }) => {
  if (collection === peopleSlug || collection === topicsSlug) remembered.clear()
})

const publicRead = (locale: Locale) => ({ locale: locale.code, fallbackLocale: false, overrideAccess: false, draft: false, depth: 0, pagination: false }) as const

const load = async (payload: Payload, locale: Locale): Promise<Directory> => {
  const [people, topics] = await Promise.all([
    payload.find({ collection: peopleSlug, ...publicRead(locale), select: { name: true, position: true, slug: true } }),
    payload.find({ collection: topicsSlug, ...publicRead(locale), select: { name: true, slug: true } }),
  ])
  return {
    people: new Map(people.docs.map((person) => [String(person.id), person as DirectoryPerson])),
    topics: new Map(topics.docs.map((topic) => [String(topic.id), topic as DirectoryTopic])),
  }
}

export const findDirectory = (payload: Payload, locale: Locale): Promise<Directory> => {
  let perLocale = remembered.get(payload)
  if (!perLocale) {
    perLocale = new Map()
    remembered.set(payload, perLocale)
  }
  const cached = perLocale.get(locale.code)
  if (cached) return cached
  const loading = load(payload, locale)
  perLocale.set(locale.code, loading)
  // A failed read (database down) is not remembered.
  loading.catch(() => perLocale.delete(locale.code))
  return loading
}
