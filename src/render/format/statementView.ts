import type { TFunction } from 'i18next'

import type { Locale } from '../../i18n/locales'
import type { Person, Topic } from '../../payload-types'
import type { StatementPageDoc } from '../data/statementPage'
import type { StatementListItem } from '../data/statements'
import { localePath } from './chrome'
import { formatDateTime, machineDateTime } from './dates'
import { renderBody } from './richText'

export type StatementCard = {
  href: string
  title: string
  summary: string | null
  kindLabel: string
  date: { text: string; iso: string } | null
}

export type StatementView = StatementCard & {
  /**
   * The breadcrumb's last step: this kind's archive, named in the plural
   * ("Answers to media questions"); none for the kind "statement", whose
   * plural is the archive's own name ("Statements › Statements").
   */
  kindArchive: { label: string; href: string } | null
  bodyHtml: string
  speakers: { name: string; position: string | null; href: string | null }[]
  topics: { name: string; href: string | null }[]
  jsonLd: string
}

type FormatContext = { locale: Locale; t: TFunction; timeZone: string; serverUrl: string }

const statementPath = (locale: Locale, slug: string | null | undefined) => localePath(locale, `/statements/${slug ?? ''}`)

const dateOf = (publishedAt: string | null | undefined, { locale, timeZone }: FormatContext) =>
  publishedAt ? { text: formatDateTime(publishedAt, locale, timeZone), iso: machineDateTime(publishedAt, timeZone) } : null

export const toStatementCard = (doc: Omit<StatementListItem, 'id'>, context: FormatContext): StatementCard => ({
  href: statementPath(context.locale, doc.slug),
  title: doc.title,
  summary: doc.summary ?? null,
  kindLabel: context.t(`kinds.${doc.kind}`),
  date: dateOf(doc.publishedAt, context),
})

const populated = <T extends object>(value: unknown): value is T => typeof value === 'object' && value !== null

/** JSON-LD must never close its <script>: escape <, > and & as JSON unicode escapes. */
export const safeJsonLd = (data: unknown): string =>
  JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')

export const toStatementView = (doc: StatementPageDoc, context: FormatContext): StatementView => {
  const { locale, t, serverUrl } = context
  const card = toStatementCard(doc, context)
  const speakers = (doc.speakers ?? []).filter(populated<Person>).map((person) => ({
    name: person.name,
    position: person.position ?? null,
    href: person.slug ? localePath(locale, `/people/${person.slug}`) : null,
  }))
  const topics = (doc.topics ?? []).filter(populated<Topic>).map((topic) => ({
    name: topic.name,
    href: topic.slug ? localePath(locale, `/topics/${topic.slug}`) : null,
  }))
  const jsonLd = safeJsonLd({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: doc.title,
    description: doc.summary ?? undefined,
    inLanguage: locale.code,
    datePublished: doc.publishedAt ?? undefined,
    dateModified: doc.updatedAt,
    url: serverUrl + card.href,
    author: speakers.map((speaker) => ({ '@type': 'Person', name: speaker.name, jobTitle: speaker.position ?? undefined })),
  })
  const kindArchive = doc.kind === 'statement' ? null : { label: t(`kindsPlural.${doc.kind}`), href: localePath(locale, `/statements?kind=${encodeURIComponent(doc.kind)}`) }
  return { ...card, kindArchive, bodyHtml: renderBody(doc.body, t), speakers, topics, jsonLd }
}
