import type { Payload } from 'payload'

import { peopleSlug } from '../../../collections/People'
import { topicsSlug } from '../../../collections/Topics'
import type { Locale } from '../../i18n/locales'
import type { Person, Topic } from '../../payload-types'
import { findDirectory } from './directory'

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

const collators = new Map<string, Intl.Collator>()
const collatorFor = (locale: Locale): Intl.Collator => {
  let collator = collators.get(locale.code)
  if (!collator) {
    collator = new Intl.Collator(locale.code)
    collators.set(locale.code, collator)
  }
  return collator
}

const namedOptions = (docs: Iterable<{ name?: string | null; slug?: string | null }>, locale: Locale) =>
  [...docs]
    .flatMap((doc) => (doc.name && doc.slug ? [{ slug: doc.slug, name: doc.name }] : []))
    .sort((a, b) => collatorFor(locale).compare(a.name, b.name))

/**
 * Every topic and person with a name in this language, for the archive's
 * filter menus and the index pages: from the cached directory, in the
 * language's alphabetical order (Ё beside Е, not after Я).
 */
export const findFilterOptions = async (payload: Payload, locale: Locale) => {
  const { topics, people } = await findDirectory(payload, locale)
  return { topics: namedOptions(topics.values(), locale), people: namedOptions(people.values(), locale) }
}
