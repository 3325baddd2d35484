import type { Payload } from 'payload'

import { peopleSlug } from '../../../collections/People'
import { topicsSlug } from '../../../collections/Topics'
import type { Locale } from '../../i18n/locales'
import type { Person, Topic } from '../../payload-types'
import { rememberedPerLocale } from './rememberedPerLocale'

export type DirectoryPerson = Pick<Person, 'id' | 'name' | 'position' | 'slug'>
export type DirectoryTopic = Pick<Topic, 'id' | 'name' | 'slug' | 'type'>

/** People and topics by id (as a string) and by slug, in one language. */
export type Directory = {
  people: Map<string, DirectoryPerson>
  topics: Map<string, DirectoryTopic>
  peopleBySlug: Map<string, DirectoryPerson>
  topicsBySlug: Map<string, DirectoryTopic>
}

const publicRead = (locale: Locale) => ({ locale: locale.code, fallbackLocale: false, overrideAccess: false, draft: false, depth: 0, pagination: false }) as const

const load = async (payload: Payload, locale: Locale): Promise<Directory> => {
  const [people, topics] = await Promise.all([
    payload.find({ collection: peopleSlug, ...publicRead(locale), select: { name: true, position: true, slug: true } }),
    payload.find({ collection: topicsSlug, ...publicRead(locale), select: { name: true, slug: true, type: true } }),
  ])
  const peopleDocs = people.docs as DirectoryPerson[]
  const topicDocs = topics.docs as DirectoryTopic[]
  return {
    people: new Map(peopleDocs.map((person) => [String(person.id), person])),
    topics: new Map(topicDocs.map((topic) => [String(topic.id), topic])),
    peopleBySlug: new Map(peopleDocs.flatMap((person) => (person.slug ? [[person.slug, person]] : []))),
    topicsBySlug: new Map(topicDocs.flatMap((topic) => (topic.slug ? [[topic.slug, topic]] : []))),
  }
}

/**
 * A press office names a few hundred people and topics at most, and every
 * statement page shows some of them: kept per language until a person or a
 * topic changes, instead of joining them on every read. Topic and person
 * pages and the archive's filters find theirs here by slug.
 */
export const findDirectory = rememberedPerLocale(load, (collection) => collection === peopleSlug || collection === topicsSlug)
