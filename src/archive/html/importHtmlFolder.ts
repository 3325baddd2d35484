import { readdirSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { localeCodes, type LocaleCode } from '../../i18n/locales'
import { ArchiveProblem } from '../archiveProblem'
import { type ArchiveItem, importItems } from '../importArchive'
import type { ImportReport } from '../importReport'
import type { PageMapping } from './pageMapping'
import { readPageMapping } from './pageMapping'
import { readPage, type ReadPage } from './readPage'

export { readPageMapping }

/** Every .html/.htm file under the folder, in a stable order. */
const htmlFiles = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.html?$/i.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()

/** The archive line of one document from its language versions' pages. */
const toArchiveStatement = (pages: ReadPage[], mapping: PageMapping) => {
  const byLocale = new Map(pages.map((page) => [page.locale, page]))
  const source = mapping.sourceLanguages.find((code) => byLocale.has(code)) ?? pages[0]!.locale
  const first = byLocale.get(source)!
  const titles = pages.map((page) => page.title)
  const kind = mapping.kinds.find((rule) => titles.some((title) => new RegExp(rule.titleMatches, 'iu').test(title)))?.kind ?? mapping.defaultKind
  // People and topics are paired by their slug, each language's page giving its name.
  const named = (pick: (page: ReadPage) => { slug: string; name: string }[]) => {
    const bySlug = new Map<string, Partial<Record<LocaleCode, string>>>()
    for (const page of pages) for (const tag of pick(page)) bySlug.set(tag.slug, { ...bySlug.get(tag.slug), [page.locale]: tag.name })
    return [...bySlug].map(([slug, name]) => ({ slug, name }))
  }
  return {
    externalId: `${mapping.externalIdPrefix}${first.documentId}`,
    kind,
    publishedAt: first.publishedAt,
    sourceLanguage: source,
    speakers: named((page) => page.speakers),
    topics: named((page) => page.topics),
    languages: Object.fromEntries(
      localeCodes
        .filter((code) => byLocale.has(code))
        .map((code) => {
          const page = byLocale.get(code)!
          return [code, { title: page.title, summary: page.summary, status: 'published', body: { lexical: page.body }, oldUrls: [page.oldUrl] }]
        }),
    ),
  }
}

/**
 * The documents of a folder of saved pages: a first pass reads each page's
 * language and document id (their language versions share it), a second
 * builds one archive statement per document from its pages. A page that
 * cannot be read is reported by its file name.
 */
async function* folderItems(payload: Payload, folder: string, mapping: PageMapping): AsyncGenerator<ArchiveItem> {
  // Only file names are kept between the passes, so memory does not grow with the pages' text.
  const documents = new Map<string, { file: string; locale: LocaleCode }[]>()
  const problem = (error: unknown) => (error instanceof ArchiveProblem ? error : new ArchiveProblem('page not understood', (error as Error).message))
  let number = 0
  for (const file of htmlFiles(folder)) {
    number += 1
    try {
      const page = readPage(payload, file, mapping)
      const pages = documents.get(page.documentId) ?? []
      if (pages.some((other) => other.locale === page.locale)) throw new ArchiveProblem('page not understood', `a second ${page.locale} page of document ${page.documentId}`)
      documents.set(page.documentId, [...pages, { file, locale: page.locale }])
    } catch (error) {
      yield { lineNumber: number, source: path.relative(folder, file), problem: problem(error) }
    }
  }
  for (const [documentId, files] of documents) {
    const source = `document ${documentId} (${files.map((item) => path.relative(folder, item.file)).join(', ')})`
    number += 1
    try {
      yield { lineNumber: number, source, data: toArchiveStatement(files.map((item) => readPage(payload, item.file, mapping)), mapping) }
    } catch (error) {
      yield { lineNumber: number, source, problem: problem(error) }
    }
  }
}

/** `npm run import -- <folder> --map <mapping.json>`, as a function. */
export const importHtmlFolder = async (payload: Payload, folder: string, mapping: PageMapping, { dryRun = false }: { dryRun?: boolean } = {}): Promise<ImportReport> => importItems(payload, folderItems(payload, folder, mapping), { dryRun, fileName: path.basename(path.resolve(folder)), archiveDir: path.resolve(folder) })
