import { createWriteStream, writeFileSync } from 'node:fs'
import { once } from 'node:events'
import path from 'node:path'
import { createGzip } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importArchiveFile } from '../../src/archive/importArchive'
import { archiveFolder, archiveHeaderLine, archivedStatement, writeArchive } from '../helpers/archiveFiles'
import { testDatabaseKinds } from '../helpers/databases'
import { makeStatement } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/** A gzipped archive: the header, then `lines`, then `filler` bytes of one long line (or of many short ones). */
const gzipArchive = async (file: string, lines: unknown[], filler: { bytes: number; newlineEvery?: number }) => {
  const gzip = createGzip({ level: 1 })
  const done = once(gzip.pipe(createWriteStream(file)), 'close')
  gzip.write([archiveHeaderLine, ...lines].map((line) => JSON.stringify(line)).join('\n') + '\n')
  const chunk = Buffer.alloc(1024 * 1024, 'a')
  if (filler.newlineEvery) for (let i = filler.newlineEvery; i < chunk.length; i += filler.newlineEvery) chunk[i] = 10
  for (let written = 0; written < filler.bytes; written += chunk.length) if (!gzip.write(chunk)) await once(gzip, 'drain')
  gzip.end('\n' + JSON.stringify(archivedStatement(99)) + '\n')
  await done
}

/** Every kind of bad input gets its reason in the report; the good lines around it still import. */
describe.each(testDatabaseKinds())('bad archives on %s', (kind) => {
  let t: TestPayload

  beforeAll(async () => {
    t = await startTestPayload(kind)
    await makeStatement(t.payload, { en: { title: 'Existing', slug: 'existing-statement' } })
  })
  afterAll(async () => {
    await t?.destroy()
  })

  const count = async () => (await t.payload.count({ collection: 'statements', overrideAccess: true })).totalDocs

  it('refuses each bad line with a reason and imports the good ones', async () => {
    const folder = archiveFolder()
    const withMedia = archivedStatement(9, { media: [{ path: 'media/missing.png', alt: { 'en-GB': 'A map' } }] })
    const slugTaken = archivedStatement(6)
    slugTaken.languages['en-GB'].slug = 'existing-statement'
    const badHtml = archivedStatement(7)
    badHtml.languages['ru-RU'].body = { html: '<p>Никакой <b>новой</p></b> политики.' }
    const script = archivedStatement(8)
    script.languages['ru-RU'].body = { html: '<p>Текст</p><script>alert(1)</script>' }
    const file = writeArchive(
      [
        archivedStatement(1),
        '{"externalId": ',
        archivedStatement(2, { kind: 'rumour' }),
        archivedStatement(3, { publishedAt: '2019-02-30T10:00:00+03:00' }),
        archivedStatement(4, { speakers: [{ slug: 'nameless', name: {} }] }),
        archivedStatement(5, { publishedAt: 'yesterday' }),
        slugTaken,
        badHtml,
        script,
        withMedia,
        archivedStatement(1),
        archivedStatement(10),
      ],
      { folder },
    )
    const before = await count()
    const report = await importArchiveFile(t.payload, file)
    expect(report.counts).toEqual({ imported: 2, updated: 0, unchanged: 0 })
    expect(report.refused.map(({ lineNumber, group, reason }) => [lineNumber, group, reason])).toEqual([
      [3, 'not JSON', expect.stringMatching(/^not JSON: /)],
      [4, 'unknown kind', expect.stringContaining('kind: kind must be one of statement, answer-to-media-question')],
      [5, 'impossible date', expect.stringContaining('publishedAt: not a real date and time')],
      [6, 'speaker without a name', 'speakers.0.name: needs a name in at least one language'],
      [7, 'impossible date', expect.stringContaining('publishedAt: not a real date and time')],
      [8, 'slug already taken', expect.stringContaining('the en-GB slug "existing-statement" belongs to another statement')],
      [9, 'invalid HTML body', 'the body’s HTML is not well nested: </p> where <b> is open'],
      [10, 'invalid HTML body', 'the body holds <script>, which an archived statement may not contain'],
      [11, 'missing media file', expect.stringContaining('media file "media/missing.png" is not beside the archive')],
      [12, 'external id repeated', 'external id old-site:4100001 was already on line 2'],
    ])
    expect(await count()).toBe(before + 2)
    const text = report.toText()
    expect(text).toContain('invalid HTML body (2):')
    expect(text).toContain('line 11 (old-site:4100009): media file "media/missing.png" is not beside the archive')
  })

  it('imports a media file beside the archive and shows it in the body', async () => {
    const folder = archiveFolder()
    const sharp = (await import('sharp')).default
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#336699' } }).png().toBuffer()
    const { mkdirSync } = await import('node:fs')
    mkdirSync(path.join(folder, 'media'))
    writeFileSync(path.join(folder, 'media', `map-${kind}-${Date.now()}.png`), png)
    const name = (await import('node:fs')).readdirSync(path.join(folder, 'media'))[0]!
    const line = archivedStatement(20, { media: [{ path: `media/${name}`, alt: { 'en-GB': 'Map of the strait', 'ru-RU': 'Карта пролива' } }] })
    line.languages['ru-RU'].body = { html: `<p>Карта:</p><img src="media/${name}">` }
    const report = await importArchiveFile(t.payload, writeArchive([line], { folder }))
    expect(report.refused).toEqual([])
    const media = await t.payload.find({ collection: 'media', where: { filename: { equals: name } }, locale: 'all' as never })
    expect(media.docs[0]).toMatchObject({ alt: { 'en-GB': 'Map of the strait', 'ru-RU': 'Карта пролива' }, public: true })
    const page = await (await t.http('/ru/statements/otvet-o-rybolovnykh-litsenziyakh-20')).text()
    expect(page).toContain(name)
  })

  it('stops at a header of another format version, importing nothing', async () => {
    const before = await count()
    const report = await importArchiveFile(t.payload, writeArchive([archivedStatement(30)], { header: { format: 'statements-archive', version: 2 } }))
    expect(report.stopped).toBe('line 1: version: format version 2 is not supported; this importer reads version 1')
    expect(report.statements).toBe(0)
    const notAnArchive = await importArchiveFile(t.payload, writeArchive([archivedStatement(31)], { header: 'hello' }))
    expect(notAnArchive.stopped).toMatch(/^line 1: the header is not JSON/)
    expect(await count()).toBe(before)
  })

  it('skips a 200 MB line without holding it, and imports the line after it', async () => {
    const file = path.join(archiveFolder(), 'huge-line.jsonl.gz')
    await gzipArchive(file, [archivedStatement(40)], { bytes: 200 * 1024 * 1024 })
    const rss = process.memoryUsage().rss
    let peak = rss
    const report = await importArchiveFile(t.payload, file, { onBytes: () => (peak = Math.max(peak, process.memoryUsage().rss)) })
    expect(report.counts.imported).toBe(2)
    expect(report.refused).toEqual([{ lineNumber: 3, group: 'line too long', reason: expect.stringContaining('the line is over 16777216 bytes (209715200 bytes)'), externalId: undefined }])
    expect(peak - rss).toBeLessThan(100 * 1024 * 1024)
  })

  it('stops a gzip bomb at the unpacked limit, keeping what came before', async () => {
    const file = path.join(archiveFolder(), 'bomb.jsonl.gz')
    await gzipArchive(file, [archivedStatement(50)], { bytes: 64 * 1024 * 1024, newlineEvery: 4096 })
    const report = await importArchiveFile(t.payload, file, { limits: { maxLineBytes: 16 * 1024 * 1024, maxTotalBytes: 8 * 1024 * 1024 } })
    expect(report.counts.imported).toBe(1)
    expect(report.stopped).toMatch(/the archive unpacks to more than 8388608 bytes; stopped reading \(a damaged file or a gzip bomb\)$/)
    expect(report.refused.every((refusal) => refusal.group === 'not JSON')).toBe(true)
  })
})
