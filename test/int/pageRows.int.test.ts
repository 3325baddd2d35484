import Database from 'libsql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { localeFromCode } from '../../src/i18n/locales'
import { lexicalBody } from '../../src/seed/lexicalBody'
import { sqliteListRows } from '../../src/render/data/listRows'
import { findPageRow } from '../../src/render/data/pageRows'
import { postgresOf, searchThroughIndex, searchThroughLocalApi, searchThroughPostgres } from '../../src/render/data/search'
import { findListRows } from '../../src/render/data/statements'
import { sqliteReadsOf } from '../../src/sqliteReadConnection'
import { ensureSearchIndex, searchIndexTable } from '../../src/sqliteSearchIndex'
import { testDatabaseKinds } from '../helpers/databases'
import { makePerson, makeStatement, makeTopic } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

const en = localeFromCode('en-GB')!
const ru = localeFromCode('ru-RU')!

/** A statement page's row: on SQLite read on a read-only connection of our own, elsewhere through the Local API. */
type PgClient = { query: (sql: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>; release: () => void }

describe.each(testDatabaseKinds())('a statement page’s row on %s', (kind) => {
  let t: TestPayload

  /** The same row the Local API way, for comparison. */
  const throughLocalApi = async (code: string, slug: string) => {
    const { docs } = await t.payload.find({ collection: 'listings', overrideAccess: true, depth: 0, where: { and: [{ locale: { equals: code } }, { slug: { equals: slug } }] }, limit: 1 })
    const doc = docs[0]
    if (!doc) return undefined
    const { statement, title, slug: s, summary, kind: k, publishedAt, changedAt, topics, speakers, body, versions } = doc
    return { statement, title, slug: s, summary, kind: k, publishedAt, changedAt, topics, speakers, body, versions }
  }

  beforeAll(async () => {
    t = await startTestPayload(kind, { timeZone: 'UTC' })
  })
  afterAll(async () => {
    await t?.destroy()
  })

  it(kind === 'sqlite' ? 'is read on the read-only connection' : 'is read through the Local API', () => {
    expect(Boolean(sqliteReadsOf(t.payload.db))).toBe(kind === 'sqlite')
  })

  it('is the very row the Local API reads, in each language', async () => {
    const person = await makePerson(t.payload, 'ines-castel', { name: 'Ines Castel', position: 'Spokesperson' })
    const topic = await makeTopic(t.payload, 'rivers', 'Rivers', 'Реки')
    await makeStatement(t.payload, {
      en: { title: 'On the delta', slug: 'on-the-delta', summary: 'Water.' },
      ru: { title: 'О дельте', slug: 'o-delte' },
      speakers: [person.id],
      topics: [topic.id],
      body: {
        en: lexicalBody([{ type: 'question', text: 'What next?' }, { type: 'answer', speaker: person.id, text: 'Talks.' }]),
        ru: lexicalBody([{ type: 'paragraph', text: 'Переговоры.' }]),
      },
    })
    for (const [locale, slug] of [[en, 'on-the-delta'], [ru, 'o-delte']] as const) {
      const row = await findPageRow(t.payload, locale, slug)
      expect(row).toEqual(await throughLocalApi(locale.code, slug))
      expect(row).toMatchObject({ slug, versions: { 'en-GB': 'on-the-delta', 'ru-RU': 'o-delte' }, topics: ` ${topic.id} ` })
      expect(row?.body?.root).toBeTypeOf('object')
    }
    expect(await findPageRow(t.payload, ru, 'on-the-delta')).toBeUndefined()
  })

  it('sees a publish at once, and an unpublish', async () => {
    const doc = await makeStatement(t.payload, { en: { title: 'First wording', slug: 'first-wording' } })
    expect((await findPageRow(t.payload, en, 'first-wording'))?.title).toBe('First wording')
    await t.payload.update({ collection: 'statements', id: doc.id, locale: 'en-GB', data: { title: 'Second wording', _status: 'published' } })
    expect((await findPageRow(t.payload, en, 'first-wording'))?.title).toBe('Second wording')
    await t.payload.update({ collection: 'statements', id: doc.id, locale: 'en-GB', data: { _status: 'draft' } })
    expect(await findPageRow(t.payload, en, 'first-wording')).toBeUndefined()
  })

  it.runIf(kind === 'sqlite')('cannot write', () => {
    const reads = sqliteReadsOf(t.payload.db)!
    expect(() => reads.prepared('DELETE FROM listings').get()).toThrow(/readonly/i)
  })

  it.runIf(kind === 'sqlite')('lists: gives the rows the Local API reads, in the same order, for every kind of filter', async () => {
    const [anna, boris] = [await makePerson(t.payload, 'anna-lind', { name: 'Anna Lind', position: 'Minister' }), await makePerson(t.payload, 'boris-vale', { name: 'Boris Vale', position: 'Spokesperson' })]
    const [north, south] = [await makeTopic(t.payload, 'north-sea', 'North Sea', 'Северное море'), await makeTopic(t.payload, 'south-coast', 'South Coast', 'Южный берег')]
    const kinds = ['comment', 'briefing', 'statement'] as const
    for (let i = 0; i < 30; i++) {
      await makeStatement(t.payload, {
        en: { title: `Note ${i}`, slug: `note-${i}` },
        ...(i % 3 ? { ru: { title: `Заметка ${i}`, slug: `zametka-${i}` } } : {}),
        // Some share a date, so the order of ties is compared too.
        publishedAt: new Date(Date.UTC(2026, 9, 1 + Math.floor(i / 2), 9)).toISOString(),
        kind: kinds[i % 3],
        speakers: i % 2 ? [anna.id] : [anna.id, boris.id],
        topics: i % 4 ? [north.id] : [north.id, south.id],
      })
    }
    const reads = sqliteReadsOf(t.payload.db)!
    const filters = [
      {},
      { kind: 'briefing' },
      { topicId: north.id },
      { topicId: south.id, kind: 'comment' },
      { personId: boris.id },
      { topicId: north.id, personId: boris.id },
      { topicId: north.id, personId: boris.id, kind: 'statement' },
      { from: new Date('2026-10-05T00:00:00Z'), to: new Date('2026-10-09T23:59:59.999Z') },
      { personId: anna.id, from: new Date('2026-10-10T00:00:00Z') },
      { kind: 'nothing-of-this-kind' },
    ]
    for (const locale of [en, ru]) {
      for (const filter of filters) {
        for (const page of [1, 2, 3]) {
          // The Local API adds each row's own id, which a list does not use.
          const expected = (await findListRows(t.payload, locale, filter, { limit: 7, page })).map((row) => {
            const { id: _id, ...rest } = row as typeof row & { id?: unknown }
            return rest
          })
          expect(sqliteListRows(reads, locale, filter, { limit: 7, page }), `${locale.code} ${JSON.stringify(filter)} page ${page}`).toEqual(expected)
        }
      }
    }
    // Not vacuous: the lists compared hold rows, in both languages.
    expect(await findListRows(t.payload, ru, { topicId: north.id }, { limit: 50, page: 1 })).toHaveLength(20)
    expect((await findListRows(t.payload, en, { topicId: north.id, personId: boris.id }, { limit: 50, page: 1 })).map((row) => row.title)).toHaveLength(15)
  })

  it('search: finds through the full-text index what the scan finds, in the same order, after every change', async () => {
    const reads = sqliteReadsOf(t.payload.db)
    const postgres = postgresOf(t.payload.db)
    const searchThroughIndexes = (locale: typeof en, stems: string[], page: { page: number; limit: number }) =>
      reads ? searchThroughIndex(reads, locale, stems, page) : searchThroughPostgres(postgres!, locale, stems, page)
    const texts = [
      ['Cooperation on the border river', 'Сотрудничество на пограничной реке'],
      ['Border crossings reopen for cooperation', 'Пограничные переходы открываются'],
      ['The river delta and its fisheries', 'Дельта реки и рыболовство'],
      ['Fisheries talks, round 2', 'Переговоры о рыболовстве, раунд 2'],
      ['Visas for students', 'Визы для студентов'],
    ]
    const docs = []
    for (const [i, [enText, ruText]] of texts.entries()) {
      docs.push(await makeStatement(t.payload, {
        en: { title: `Search note ${i}`, slug: `search-note-${i}`, text: enText },
        ru: { title: `Поиск ${i}`, slug: `poisk-${i}`, text: ruText },
        publishedAt: new Date(Date.UTC(2026, 8, 1 + (i % 3), 9)).toISOString(),
      }))
    }
    const queries: [typeof en, string[]][] = [
      [en, ['border']], [en, ['cooper']], [en, ['fisheri', 'river']], [en, ['2']], [en, ['nothingmatches']], [en, ['search', 'note']],
      [ru, ['пограничн']], [ru, ['рыболовств']], [ru, ['рек', 'дельт']], [ru, ['поиск']],
    ]
    const compare = async () => {
      for (const [locale, stems] of queries) {
        for (const page of [1, 2]) {
          const scanned = await searchThroughLocalApi(t.payload, locale, stems, { page, limit: 2 })
          const indexed = await searchThroughIndexes(locale, stems, { page, limit: 2 })
          expect(indexed, `${locale.code} ${stems.join(' ')} page ${page}`).toEqual(scanned)
        }
      }
    }
    await compare()
    expect((await searchThroughIndexes(en, ['border'], { page: 1, limit: 10 })).totalDocs).toBe(2)
    // Unpublished, edited and deleted: the index follows the read model.
    await t.payload.update({ collection: 'statements', id: docs[0]!.id, locale: 'en-GB', data: { _status: 'draft' } })
    await t.payload.update({ collection: 'statements', id: docs[4]!.id, locale: 'ru-RU', data: { body: lexicalBody([{ type: 'paragraph', text: 'Пограничные визы' }]), _status: 'published' } })
    await t.payload.delete({ collection: 'statements', id: docs[2]!.id })
    await compare()
    expect((await searchThroughIndexes(ru, ['пограничн'], { page: 1, limit: 10 })).docs.map((hit) => hit.slug).sort()).toEqual(['poisk-0', 'poisk-1', 'poisk-4'])
    if (postgres) {
      // The GIN index serves the query's expression (the planner would scan a table this small, so it is told not to).
      const client = await (t.payload.db as unknown as { pool: { connect: () => Promise<PgClient> } }).pool.connect()
      try {
        await client.query('BEGIN; SET LOCAL enable_seqscan = off')
        const plan = await client.query(`EXPLAIN SELECT id FROM listings WHERE array_to_tsvector(string_to_array(btrim(search_stems), ' ')) @@ $1::tsquery`, ["'border':*"])
        expect(plan.rows.map((row) => Object.values(row)[0]).join('\n')).toContain('listings_search_stems_idx')
      } finally {
        await client.query('ROLLBACK')
        client.release()
      }
    }
  })

  it.runIf(kind === 'sqlite')('search: the full-text index is made whole again when a trigger of it is missing', async () => {
    const file = t.database.uri.replace(/^file:/, '')
    const db = new Database(file)
    db.exec(`DROP TRIGGER ${searchIndexTable}_update`)
    db.close()
    ensureSearchIndex(file)
    const doc = await makeStatement(t.payload, { en: { title: 'Lantern rules', slug: 'lantern-rules', text: 'Lanterns stay lit.' } })
    await t.payload.update({ collection: 'statements', id: doc.id, locale: 'en-GB', data: { body: lexicalBody([{ type: 'paragraph', text: 'Beacons replace the lanterns.' }]), _status: 'published' } })
    const reads = sqliteReadsOf(t.payload.db)!
    expect((await searchThroughIndex(reads, en, ['beacon'], { page: 1, limit: 5 })).docs.map((hit) => hit.slug)).toEqual(['lantern-rules'])
    expect(await searchThroughIndex(reads, en, ['beacon'], { page: 1, limit: 5 })).toEqual(await searchThroughLocalApi(t.payload, en, ['beacon'], { page: 1, limit: 5 }))
  })
})
