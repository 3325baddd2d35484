import { readFileSync } from 'node:fs'

import { JSDOM } from 'jsdom'
import type { Payload } from 'payload'

import { matchLocale, type LocaleCode } from '../../i18n/locales'
import { refuse } from '../archiveProblem'
import type { LexicalState } from '../htmlToLexical'
import type { PageMapping } from './pageMapping'
import { parseLocalDate } from './parseLocalDate'
import { qaBody, type QaSpeaker } from './qaBody'

export type PageTag = { slug: string; name: string }

/** What one saved page says about its language version of a document. */
export type ReadPage = {
  documentId: string
  locale: LocaleCode
  title: string
  summary?: string
  body: LexicalState
  publishedAt: string
  oldUrl: string
  topics: PageTag[]
  speakers: PageTag[]
}

const clean = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim()

/** The document id in an old URL, by the mapping's pattern. */
export const documentIdIn = (url: string, mapping: PageMapping): string | undefined => new RegExp(mapping.documentId, 'iu').exec(url)?.[1]

/** The page's language: the `<html lang>`, else its own entry among the language links. */
const pageLocale = (document: Document, mapping: PageMapping): LocaleCode | undefined => {
  const lang = document.documentElement.getAttribute('lang')
  const fromLinks = mapping.selectors.languageLinks ? document.querySelector(`${mapping.selectors.languageLinks}.current`)?.getAttribute('hreflang') : undefined
  return (matchLocale(lang ?? '') ?? matchLocale(fromLinks ?? ''))?.code
}

const tagsOf = (document: Document, selector: string | undefined, mapping: PageMapping): PageTag[] =>
  selector
    ? Array.from(document.querySelectorAll(selector)).flatMap((link) => {
        const slug = new RegExp(mapping.slugFromHref, 'iu').exec(link.getAttribute('href') ?? '')?.[1]?.toLowerCase()
        const name = clean(link.textContent)
        return slug && name ? [{ slug, name }] : []
      })
    : []

/** Reads one saved page by the mapping; a page missing what every statement needs is refused, naming it. */
export const readPage = (payload: Payload, file: string, mapping: PageMapping): ReadPage => {
  const dom = new JSDOM(readFileSync(file))
  try {
    return readDocument(payload, dom.window.document, mapping)
  } finally {
    dom.window.close()
  }
}

const readDocument = (payload: Payload, document: Document, mapping: PageMapping): ReadPage => {
  const { selectors } = mapping
  const locale = pageLocale(document, mapping)
  if (!locale) refuse('page not understood', 'the page’s language is not one of ours (no <html lang> or current language link)')
  const oldUrl = document.querySelector(selectors.oldUrl)?.getAttribute('href') ?? undefined
  const documentId = oldUrl && documentIdIn(oldUrl, mapping)
  if (!oldUrl || !documentId) refuse('page not understood', `no old address with a document id (${selectors.oldUrl}, ${mapping.documentId})`)
  const title = clean(document.querySelector(selectors.title)?.textContent)
  if (!title) refuse('page not understood', `no title (${selectors.title})`)
  const dateElement = document.querySelector(selectors.date)
  if (!dateElement) refuse('page not understood', `no date (${selectors.date})`)
  const time = selectors.time ? clean(document.querySelector(selectors.time)?.textContent) : ''
  const dateOnly = dateElement!.cloneNode(true) as Element
  if (selectors.time) dateOnly.querySelectorAll(selectors.time.split(' ').at(-1)!).forEach((element) => element.remove())
  const publishedAt = parseLocalDate(`${clean(dateOnly.textContent)} ${time}`.trim(), mapping.dateFormat, locale!, mapping.timeZone)
  const bodyElement = document.querySelector(selectors.body)
  if (!bodyElement) refuse('page not understood', `no body (${selectors.body})`)
  const speakers = tagsOf(document, selectors.speakers, mapping)
  const qa = qaBody(payload, bodyElement!, mapping.questionPrefixes[locale!] ?? [], speakers as QaSpeaker[], `${documentId}/${locale}`)
  const summary = selectors.summary ? clean(document.querySelector(selectors.summary)?.textContent) : ''
  return {
    documentId: documentId!,
    locale: locale!,
    title,
    summary: summary || undefined,
    body: qa.body,
    publishedAt,
    oldUrl: oldUrl!,
    topics: tagsOf(document, selectors.topics, mapping),
    speakers: [...speakers, ...qa.speakers.filter((s) => !speakers.some((known) => known.slug === s.slug))],
  }
}
