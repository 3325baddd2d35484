import { z } from 'zod'

import { statementKindValues } from '../../collections/Statements/kinds'
import { translationStatuses } from '../../collections/Translations/statuses'
import { slugPattern } from '../../collections/shared/fields/slugField'
import { localeCodes, type LocaleCode } from '../i18n/locales'

/**
 * The archive format (docs/archive-format.md): JSON Lines, a header line
 * naming the format and its version, then one statement per line with every
 * language version in it. This one schema checks what the importer reads and
 * what the exporter writes.
 */
export const archiveFormatName = 'statements-archive'
export const archiveFormatVersion = 1

const localeCode = z.enum(localeCodes as [LocaleCode, ...LocaleCode[]], { error: () => `a language must be one of ${localeCodes.join(', ')}` })

/** One value per language; only our languages are allowed. */
const perLanguage = <T extends z.ZodType>(value: T) => z.partialRecord(localeCode, value)

const slug = z.string().max(200).regex(slugPattern, 'a slug may hold only lower-case Latin letters, digits and single hyphens')

/** An instant with its offset, refused when the calendar has no such day or time (2019-02-30, 25:00). */
export const isoInstant = z.string().refine(
  (text) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.exec(text)
    if (!match) return false
    const [year, month, day, hour, minute, second = '0'] = match.slice(1, 7).map(Number) as number[]
    const calendar = new Date(Date.UTC(year!, month! - 1, day!, hour!, minute!, Number(second)))
    return (
      calendar.getUTCFullYear() === year && calendar.getUTCMonth() === month! - 1 && calendar.getUTCDate() === day &&
      calendar.getUTCHours() === hour && calendar.getUTCMinutes() === minute && Number.isFinite(Date.parse(text))
    )
  },
  { error: 'not a real date and time in ISO 8601 with an offset, such as 2019-02-14T11:42:00+03:00' },
)

const names = perLanguage(z.string().trim().min(1).max(300)).refine((value) => Object.values(value).some(Boolean), {
  error: 'needs a name in at least one language',
})

export const archivePerson = z.strictObject({ slug, name: names, position: perLanguage(z.string().max(300)).optional() })
export const archiveTopic = z.strictObject({ slug, name: names, type: z.enum(['country', 'region', 'theme']).optional() })

/** A relative path beside the archive: no absolute paths, no climbing out of its folder. */
const relativePath = z
  .string()
  .min(1)
  .max(500)
  .refine((path) => !path.startsWith('/') && !path.includes('\\') && !path.split('/').includes('..') && !path.includes('\0'), {
    error: 'must be a relative path inside the archive’s folder',
  })

export const archiveMedia = z.strictObject({ path: relativePath, alt: perLanguage(z.string().trim().min(1).max(1000)), caption: perLanguage(z.string().max(1000)).optional() })

/**
 * A body is Lexical JSON as Payload stores it (what the exporter writes;
 * an answer block's `speaker` is the person's slug and an upload node's
 * `value` a media path), or HTML, converted with Payload's own converter.
 */
const lexicalState = z.looseObject({ root: z.looseObject({ type: z.literal('root'), children: z.array(z.looseObject({ type: z.string() })) }) })
export const archiveBody = z.union([z.strictObject({ lexical: lexicalState }), z.strictObject({ html: z.string().max(5_000_000) })], {
  error: 'a body is { "lexical": {"root": …} } or { "html": "…" }',
})

export const archiveVersion = z.strictObject({
  title: z.string().trim().min(1).max(1000),
  summary: z.string().max(5000).optional(),
  slug: slug.optional(),
  status: z.enum(['published', 'draft']),
  body: archiveBody.optional(),
  /** Where the translation stood; without it, a published language is `published` and a draft `in-translation`. */
  translationStatus: z.enum(translationStatuses.map((status) => status.value) as [string, ...string[]]).optional(),
  oldUrls: z.array(z.string().min(1).max(2000)).max(50).optional(),
})

export const archiveStatement = z
  .strictObject({
    externalId: z.string().trim().min(1).max(200),
    kind: z.enum(statementKindValues as [string, ...string[]], { error: () => `kind must be one of ${statementKindValues.join(', ')}` }),
    publishedAt: isoInstant,
    sourceLanguage: localeCode,
    speakers: z.array(archivePerson).max(50).default([]),
    topics: z.array(archiveTopic).max(100).default([]),
    media: z.array(archiveMedia).max(100).default([]),
    languages: perLanguage(archiveVersion),
  })
  .superRefine((statement, context) => {
    // An export of one language (--language) may leave the source out; a statement needs some version.
    if (Object.keys(statement.languages).length === 0) context.addIssue({ code: 'custom', path: ['languages'], message: 'a statement needs at least one language version' })
  })

export const archiveHeader = z.strictObject({
  format: z.literal(archiveFormatName, { error: `the first line must be the header, {"format":"${archiveFormatName}","version":${archiveFormatVersion}}` }),
  version: z.literal(archiveFormatVersion, { error: (issue) => `format version ${JSON.stringify(issue.input)} is not supported; this importer reads version ${archiveFormatVersion}` }),
  exportedAt: isoInstant.optional(),
  source: z.string().max(500).optional(),
})

export type ArchiveStatement = z.infer<typeof archiveStatement>
export type ArchiveVersion = z.infer<typeof archiveVersion>
export type ArchiveHeader = z.infer<typeof archiveHeader>
export type ArchivePerson = z.infer<typeof archivePerson>
export type ArchiveTopic = z.infer<typeof archiveTopic>

/** The first problem of a failed check, as one line: `languages.ru-RU.title: …`. */
export const describeIssues = (error: z.ZodError): string =>
  error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ')
