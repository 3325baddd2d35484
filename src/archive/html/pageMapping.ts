import { readFileSync } from 'node:fs'

import { z } from 'zod'

import { statementKindValues } from '../../../collections/Statements/kinds'
import { localeCodes, type LocaleCode } from '../../i18n/locales'
import { describeIssues } from '../format'

const localeCode = z.enum(localeCodes as [LocaleCode, ...LocaleCode[]])

const regex = z.string().refine((source) => {
  try {
    new RegExp(source, 'iu')
    return true
  } catch {
    return false
  }
}, 'not a valid regular expression')

/**
 * Where each part of an old site's statement page is, and how it writes
 * dates (docs/import/ministry-site.map.json is the ministry's). Selectors are
 * CSS; patterns are regular expressions, matched case-insensitively.
 */
export const pageMapping = z.strictObject({
  format: z.literal('statements-html-mapping'),
  version: z.literal(1),
  /** Put before the document id to make the statement's external id. */
  externalIdPrefix: z.string().default(''),
  /** Finds the document id, shared by a document's language versions, in its old URL; the first group is the id. */
  documentId: regex,
  timeZone: z.string().refine((zone) => {
    try {
      new Intl.DateTimeFormat('en-GB', { timeZone: zone })
      return true
    } catch {
      return false
    }
  }, 'not an IANA time zone'),
  /** The source language is the first of these a document has. */
  sourceLanguages: z.array(localeCode).min(1),
  selectors: z.strictObject({
    title: z.string(),
    summary: z.string().optional(),
    body: z.string(),
    date: z.string(),
    /** Inside the date element, when the time is written apart from the date; its text is left out of the date. */
    time: z.string().optional(),
    languageLinks: z.string().optional(),
    topics: z.string().optional(),
    speakers: z.string().optional(),
    oldUrl: z.string(),
  }),
  /** Finds a topic's or person's slug in its link; the first group is the slug. */
  slugFromHref: regex,
  /** Tokens: d, dd, M, MM, MMMM (the month's name in the page's language, either grammatical case), yyyy, H, HH, mm. */
  dateFormat: z.string(),
  questionPrefixes: z.partialRecord(localeCode, z.array(z.string().min(1))),
  kinds: z.array(z.strictObject({ titleMatches: regex, kind: z.enum(statementKindValues as [string, ...string[]]) })).default([]),
  defaultKind: z.enum(statementKindValues as [string, ...string[]]),
})

export type PageMapping = z.infer<typeof pageMapping>

export const readPageMapping = (file: string): PageMapping => {
  let json: unknown
  try {
    json = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new Error(`the mapping ${file} could not be read as JSON: ${(error as Error).message}`)
  }
  const parsed = pageMapping.safeParse(json)
  if (!parsed.success) throw new Error(`the mapping ${file} is not valid: ${describeIssues(parsed.error)}`)
  return parsed.data
}
