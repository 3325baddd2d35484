import type { Payload } from 'payload'

import { peopleSlug } from '../../../collections/People'
import { topicsSlug } from '../../../collections/Topics'
import type { Locale } from '../../i18n/locales'
import type { Person, Topic } from '../../payload-types'

// People and topics have no drafts; draft: false still says so explicitly.
const publicRead = (locale: Locale) => ({ locale: locale.code, fallbackLocale: false, overrideAccess: false, draft: false, depth: 0 }) as const

export const findTopicBySlug = async (payload: Payload, locale: Locale, slug: string): Promise<Topic | null> => {
  const { docs } = await payload.find({ collection: topicsSlug, ...publicRead(locale), where: { slug: { equals: slug } }, limit: 1, pagination: false })
  return docs[0] ?? null
}

export const findPersonBySlug = async (payload: Payload, locale: Locale, slug: string): Promise<Person | null> => {
  const { docs } = await payload.find({ collection: peopleSlug, ...publicRead(locale), where: { slug: { equals: slug } }, limit: 1, pagination: false })
  return docs[0] ?? null
}

/** Every topic and person with a name in this language, for the archive's filter menus. */
export const findFilterOptions = async (payload: Payload, locale: Locale) => {
  const [topics, people] = await Promise.all([
    payload.find({ collection: topicsSlug, ...publicRead(locale), where: { name: { exists: true } }, sort: 'name', limit: 500, pagination: false, select: { name: true, slug: true } }),
    payload.find({ collection: peopleSlug, ...publicRead(locale), where: { name: { exists: true } }, sort: 'name', limit: 500, pagination: false, select: { name: true, slug: true } }),
  ])
  return {
    topics: topics.docs.filter((d) => d.name && d.slug).map((d) => ({ slug: d.slug as string, name: d.name })),
    people: people.docs.filter((d) => d.name && d.slug).map((d) => ({ slug: d.slug as string, name: d.name })),
  }
}
