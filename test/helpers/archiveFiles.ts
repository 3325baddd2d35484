import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

export const archiveHeaderLine = { format: 'statements-archive', version: 1 }

/** A folder of its own for an archive file (and its media) in the system's temp directory. */
export const archiveFolder = (): string => mkdtempSync(path.join(tmpdir(), 'archive-test-'))

/** Writes lines (objects become JSON, strings are written as they are) to `name` in a fresh folder; gzipped when it ends in .gz. */
export const writeArchive = (lines: unknown[], { name = 'archive.jsonl', folder = archiveFolder(), header = archiveHeaderLine as unknown }: { name?: string; folder?: string; header?: unknown } = {}): string => {
  const text = [header, ...lines].map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n') + '\n'
  const file = path.join(folder, name)
  writeFileSync(file, name.endsWith('.gz') ? gzipSync(text) : text)
  return file
}

type Version = { title: string; status: string; slug?: string; summary?: string; body?: unknown; oldUrls?: string[]; translationStatus?: string }
type Line = Record<string, unknown> & { languages: Record<'en-GB' | 'ru-RU', Version> }

/** An archived statement in both languages, published, with a Q&A body given as Lexical and a paragraph as HTML. */
export const archivedStatement = (n: number, overrides: Record<string, unknown> = {}): Line => ({
  externalId: `old-site:${4100000 + n}`,
  kind: 'answer-to-media-question',
  publishedAt: '2019-02-14T11:42:00+03:00',
  sourceLanguage: 'en-GB',
  speakers: [{ slug: 'lukas-ferrane', name: { 'en-GB': 'Lukas Ferrane', 'ru-RU': 'Лукас Ферране' }, position: { 'en-GB': 'Spokesperson' } }],
  topics: [{ slug: 'grey-strait', name: { 'en-GB': 'Grey Strait', 'ru-RU': 'Серый пролив' }, type: 'region' }],
  languages: {
    'en-GB': {
      title: `Answer on fishing licences ${n}`,
      summary: 'On the Grey Strait licences.',
      status: 'published',
      body: {
        lexical: {
          root: {
            type: 'root', version: 1, direction: 'ltr', format: '', indent: 0,
            children: [
              { type: 'block', version: 2, format: '', fields: { id: `q${n}`, blockName: '', blockType: 'question', asker: null, text: 'Is this a new policy?' } },
              { type: 'block', version: 2, format: '', fields: { id: `a${n}`, blockName: '', blockType: 'answer', speaker: 'lukas-ferrane', text: 'There is no new policy.' } },
            ],
          },
        },
      },
      oldUrls: [`https://ministry.example/en/foreign_policy/news/-/asset_publisher/kV7rTq2Lm9Xa/content/id/${4100000 + n}`],
    },
    'ru-RU': {
      title: `Ответ о рыболовных лицензиях ${n}`,
      status: 'published',
      body: { html: '<p>Никакой <strong>новой</strong> политики нет.</p>' },
      oldUrls: [`https://ministry.example/ru/foreign_policy/news/-/asset_publisher/kV7rTq2Lm9Xa/content/id/${4100000 + n}`],
    },
  },
  ...overrides,
})
