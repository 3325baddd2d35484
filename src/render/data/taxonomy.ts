import type { Payload } from 'payload'

import type { Locale } from '../../i18n/locales'
import { type DirectoryPerson, type DirectoryTopic, findDirectory } from './directory'

/** A topic by its slug, from the cached directory; its name is null where it has none in this language. */
export const findTopicBySlug = async (payload: Payload, locale: Locale, slug: string): Promise<DirectoryTopic | null> =>
  (await findDirectory(payload, locale)).topicsBySlug.get(slug) ?? null

export const findPersonBySlug = async (payload: Payload, locale: Locale, slug: string): Promise<DirectoryPerson | null> =>
  (await findDirectory(payload, locale)).peopleBySlug.get(slug) ?? null

const collators = new Map<string, Intl.Collator>()
const collatorFor = (locale: Locale): Intl.Collator => {
  let collator = collators.get(locale.code)
  if (!collator) {
    collator = new Intl.Collator(locale.code)
    collators.set(locale.code, collator)
  }
  return collator
}

const namedOptions = (docs: Iterable<{ name?: string | null; slug?: string | null; position?: string | null }>, locale: Locale) =>
  [...docs]
    .flatMap((doc) => (doc.name && doc.slug ? [{ slug: doc.slug, name: doc.name, note: doc.position ?? null }] : []))
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
