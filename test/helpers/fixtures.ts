import type { Payload } from 'payload'

import { lexicalBody } from '../../src/seed/lexicalBody'

export const makePerson = (payload: Payload, slug: string, en: { name: string; position: string }, ru?: { name: string; position: string }) =>
  payload
    .create({ collection: 'people', locale: 'en-GB', data: { slug, ...en } })
    .then(async (person) => (ru ? payload.update({ collection: 'people', id: person.id, locale: 'ru-RU', data: ru }) : person))

export const makeTopic = (payload: Payload, slug: string, en: string, ru?: string) =>
  payload
    .create({ collection: 'topics', locale: 'en-GB', data: { slug, name: en, type: 'country' } })
    .then(async (topic) => (ru ? payload.update({ collection: 'topics', id: topic.id, locale: 'ru-RU', data: { name: ru } }) : topic))

type Version = { title: string; summary?: string; slug?: string; text?: string }

/** A statement created in English and, if given, translated into Russian, each published or left as a draft. */
export const makeStatement = async (
  payload: Payload,
  {
    en,
    ru,
    enStatus = 'published',
    ruStatus = 'published',
    publishedAt = '2026-11-20T13:17:00.000Z',
    kind = 'answer-to-media-question',
    speakers = [],
    topics = [],
    body,
  }: {
    en: Version
    ru?: Version
    enStatus?: 'published' | 'draft'
    ruStatus?: 'published' | 'draft'
    publishedAt?: string
    kind?: 'statement' | 'answer-to-media-question' | 'comment' | 'briefing' | 'speech'
    speakers?: (number | string)[]
    topics?: (number | string)[]
    body?: { en?: ReturnType<typeof lexicalBody>; ru?: ReturnType<typeof lexicalBody> }
  },
) => {
  const doc = await payload.create({
    collection: 'statements',
    locale: 'en-GB',
    draft: enStatus === 'draft',
    data: {
      title: en.title,
      summary: en.summary,
      slug: en.slug,
      body: body?.en ?? lexicalBody([{ type: 'paragraph', text: en.text ?? `${en.title}.` }]),
      kind,
      publishedAt,
      speakers: speakers as number[],
      topics: topics as number[],
      _status: enStatus,
    },
  })
  if (ru) {
    await payload.update({
      collection: 'statements',
      id: doc.id,
      locale: 'ru-RU',
      draft: ruStatus === 'draft',
      data: {
        title: ru.title,
        summary: ru.summary,
        slug: ru.slug,
        body: body?.ru ?? lexicalBody([{ type: 'paragraph', text: ru.text ?? `${ru.title}.` }]),
        _status: ruStatus,
      },
    })
  }
  return doc
}

/**
 * A statement published in English the way seeding writes it: no "content changed" announcement
 * (one comes again 300 ms after a write) empties a page cache while a test counts hits or renders.
 */
export const makeQuietStatement = (payload: Payload, { title, slug, text }: { title: string; slug: string; text: string }) =>
  payload.create({
    collection: 'statements',
    locale: 'en-GB',
    context: { seeding: true },
    data: { title, slug, kind: 'comment', publishedAt: '2026-11-20T13:17:00.000Z', body: lexicalBody([{ type: 'paragraph', text }]), _status: 'published' },
  })
