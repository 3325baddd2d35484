import type { CollectionAfterChangeHook } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { Statements } from '../../collections/Statements'
import { lexicalBody } from '../../src/seed/lexicalBody'
import { testDatabaseKinds } from '../helpers/databases'
import { makeStatement } from '../helpers/fixtures'
import { createStaff } from '../helpers/staff'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

const failMarker = 'FAIL AFTER WRITE'

/**
 * Stands for any hook that fails once the document, its version and the
 * public read model have been written (a lost connection, a bug): it runs
 * last, after keepListings.
 */
const failAfterWrite: CollectionAfterChangeHook = ({ doc }) => {
  if (typeof doc.title === 'string' && doc.title.includes(failMarker)) throw new Error('afterChange failed on purpose')
  return doc
}
// Each integration test file runs in a process of its own, so only this file's Payloads carry the hook.
Statements.hooks!.afterChange!.push(failAfterWrite)

type Version = { title: string; summary: string; slug: string; text: string }
const en: Version = { title: 'Water talks resume', summary: 'Talks resume on Monday.', slug: 'water-talks-resume', text: 'The talks resume on Monday.' }
const ru: Version = { title: 'Переговоры о воде возобновятся', summary: 'Переговоры возобновятся в понедельник.', slug: 'peregovory-o-vode', text: 'Переговоры возобновятся в понедельник.' }

describe.each(testDatabaseKinds())('a failed write on %s', (kind) => {
  let t: TestPayload
  let as: Awaited<ReturnType<typeof createStaff>>['as']

  beforeAll(async () => {
    t = await startTestPayload(kind)
    ;({ as } = await createStaff(t, { editor: { roles: ['editor'], languages: ['en-GB', 'ru-RU'] } }))
  })
  afterAll(async () => {
    await t?.destroy()
  })

  /** A statement published in both languages, each version tagged so that tests do not share a slug. */
  const publishBoth = async (tag: string) => {
    const tagged = (v: Version) => ({ ...v, title: `${v.title} ${tag}`, slug: `${v.slug}-${tag}`, text: `${v.text} ${tag}` })
    const doc = await makeStatement(t.payload, { en: tagged(en), ru: tagged(ru), kind: 'briefing', publishedAt: '2026-11-20T13:17:00.000Z' })
    return { id: doc.id, en: tagged(en), ru: tagged(ru) }
  }

  /** What every reader and the database hold of each language: the published version, whole, and nothing of the failed one. */
  const expectUnchanged = async (id: number | string, versions: { 'en-GB': Version; 'ru-RU': Version }, versionsBefore: number, attempted: string) => {
    const stored = (await t.payload.db.findOne({ collection: 'statements', where: { id: { equals: id } }, locale: 'all' })) as unknown as Record<string, Record<string, unknown> | string>
    expect(stored.kind).toBe('briefing')
    expect(new Date(stored.publishedAt as string).toISOString()).toBe('2026-11-20T13:17:00.000Z')
    for (const [locale, prefix] of [['en-GB', 'en'], ['ru-RU', 'ru']] as const) {
      const v = versions[locale]
      expect((stored.title as Record<string, unknown>)[locale]).toBe(v.title)
      expect((stored.summary as Record<string, unknown>)[locale]).toBe(v.summary)
      expect((stored.slug as Record<string, unknown>)[locale]).toBe(v.slug)
      expect((stored._status as Record<string, unknown>)[locale]).toBe('published')
      expect(JSON.stringify((stored.body as Record<string, unknown>)[locale])).toContain(v.text)

      const rest = await t.rest(`/api/statements/${id}?locale=${locale}&depth=0`)
      expect(rest.status).toBe(200)
      const read = (await rest.json()) as { title: string; summary: string; slug: string; kind: string; body: unknown }
      expect([read.title, read.summary, read.slug, read.kind]).toEqual([v.title, v.summary, v.slug, 'briefing'])
      expect(JSON.stringify(read.body)).toContain(v.text)

      const page = await t.http(`/${prefix}/statements/${v.slug}`)
      expect(page.status).toBe(200)
      const html = await page.text()
      expect(html).toContain(v.title)
      expect(html).toContain(v.text)
      expect(html).not.toContain(attempted)
      // The lists read the public read model, which the failed write must not have touched either.
      const home = await (await t.http(`/${prefix}/`)).text()
      expect(home).toContain(v.title)
      expect(home).not.toContain(attempted)
    }
    const history = await t.payload.countVersions({ collection: 'statements', where: { parent: { equals: id } } })
    expect(history.totalDocs).toBe(versionsBefore)
  }

  const versionCount = async (id: number | string) => (await t.payload.countVersions({ collection: 'statements', where: { parent: { equals: id } } })).totalDocs

  it('keeps both published languages whole when a hook fails after the English row, its version and the read model were written', async () => {
    const s = await publishBoth('hook')
    const before = await versionCount(s.id)
    const attempted = `Rewritten ${failMarker}`
    const response = await as('editor', 'PATCH', `/api/statements/${s.id}?locale=en-GB`, {
      title: attempted,
      summary: 'A rewritten summary',
      body: lexicalBody([{ type: 'paragraph', text: 'A rewritten text' }]),
      kind: 'comment',
      publishedAt: '2026-11-25T10:00:00.000Z',
      _status: 'published',
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    await expectUnchanged(s.id, { 'en-GB': s.en, 'ru-RU': s.ru }, before, 'Rewritten')
  })

  it('keeps both published languages whole when the new slug clashes with another statement part-way through the write', async () => {
    const s = await publishBoth('clash')
    const other = await publishBoth('other')
    const before = await versionCount(s.id)
    // The shared fields (kind, date) are written before the English row, whose slug is taken.
    const response = await as('editor', 'PATCH', `/api/statements/${s.id}?locale=en-GB`, {
      title: 'Rewritten with a taken slug',
      summary: 'A rewritten summary',
      body: lexicalBody([{ type: 'paragraph', text: 'A rewritten text' }]),
      slug: other.en.slug,
      kind: 'comment',
      publishedAt: '2026-11-25T10:00:00.000Z',
      _status: 'published',
    })
    expect(response.status).toBe(400)
    expect(await response.text()).toMatch(/slug/)
    await expectUnchanged(s.id, { 'en-GB': s.en, 'ru-RU': s.ru }, before, 'Rewritten')
  })

  it('keeps the English whole when a Russian save fails', async () => {
    const s = await publishBoth('russian')
    const before = await versionCount(s.id)
    const response = await as('editor', 'PATCH', `/api/statements/${s.id}?locale=ru-RU`, {
      title: `Переписано ${failMarker}`,
      body: lexicalBody([{ type: 'paragraph', text: 'Переписанный текст' }]),
      _status: 'published',
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    await expectUnchanged(s.id, { 'en-GB': s.en, 'ru-RU': s.ru }, before, 'Переписан')
  })
})
