import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { releaseQueue, releaseStatement } from '../../src/jobs/releaseStatement'
import { lexicalBody } from '../../src/seed/lexicalBody'
import { testDatabaseKinds } from '../helpers/databases'
import { createStaff } from '../helpers/staff'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

type Json = Record<string, unknown>

describe.each(testDatabaseKinds())('translation workflow on %s', (kind) => {
  let t: TestPayload
  let staff: Awaited<ReturnType<typeof createStaff>>
  const as = (...args: Parameters<typeof staff.as>) => staff.as(...args)
  const json = async (response: Response) => (await response.json()) as Json

  /** The translation record of a statement's language, read as the system sees it. */
  const record = async (statement: number | string, language = 'ru-RU') => {
    const { docs } = await t.payload.find({ collection: 'translations', where: { and: [{ statement: { equals: statement } }, { language: { equals: language } }] }, depth: 0 })
    return docs[0]
  }
  const setStatus = async (who: string, statement: number | string, status: string) =>
    as(who, 'PATCH', `/api/translations/${(await record(statement))!.id}`, { status })
  const anonymousTitle = async (id: number | string, locale: 'en-GB' | 'ru-RU') => {
    const response = await t.rest(`/api/statements?locale=${locale}&where[id][equals]=${id}&depth=0`)
    const { docs } = (await response.json()) as { docs: { title?: string }[] }
    return docs[0]?.title ?? null
  }
  const newStatement = async (title: string) => {
    const created = await as('editorEn', 'POST', '/api/statements?locale=en-GB&draft=true', {
      title,
      summary: `${title}: summary.`,
      body: lexicalBody([{ type: 'paragraph', text: `${title}: the text.` }]),
      kind: 'comment',
      publishedAt: '2026-11-20T10:00:00.000Z',
      _status: 'draft',
    })
    expect(created.status, JSON.stringify(await created.clone().json())).toBe(201)
    return ((await created.json()) as { doc: { id: number | string } }).doc.id
  }
  const translate = (who: string, id: number | string, title: string) =>
    as(who, 'PATCH', `/api/statements/${id}?locale=ru-RU&draft=true`, { title, summary: `${title}: кратко.`, _status: 'draft' })

  beforeAll(async () => {
    t = await startTestPayload(kind)
    staff = await createStaff(t, {
      editorEn: { roles: ['editor'], languages: ['en-GB'] },
      editorRu: { roles: ['editor'], languages: ['ru-RU'] },
      translator: { roles: ['translator'], languages: ['ru-RU'] },
    })
  })
  afterAll(async () => {
    await t?.destroy()
  })

  describe('statuses and the approval gate', () => {
    let id: number | string
    beforeAll(async () => {
      id = await newStatement('Gate statement')
    })

    it('creates each translation as missing with its statement', async () => {
      expect((await record(id))?.status).toBe('missing')
      expect(await record(id, 'en-GB')).toBeUndefined()
    })

    it('marks a language in translation when a translator saves text, and records who', async () => {
      expect((await translate('translator', id, 'Заявление о допуске')).status).toBe(200)
      const ru = await record(id)
      expect(ru?.status).toBe('in-translation')
      expect(ru?.translatedBy).toBe(staff.ids.translator)
    })

    it('refuses to publish a translation that is not approved, and publishes nothing', async () => {
      const response = await as('editorRu', 'PATCH', `/api/statements/${id}?locale=ru-RU`, { _status: 'published' })
      expect(response.status).toBe(403)
      expect(JSON.stringify(await json(response))).toMatch(/In translation\W+only an approved translation can be published/)
      expect(await anonymousTitle(id, 'ru-RU')).toBeNull()
    })

    it('removes the translation records with their statement', async () => {
      const doomed = await newStatement('Deleted statement')
      expect(await record(doomed)).toBeDefined()
      expect((await as('editorEn', 'DELETE', `/api/statements/${doomed}`)).status).toBe(200)
      expect(await record(doomed)).toBeUndefined()
    })

    it('lets only the workflow set provenance, and nobody create records by hand', async () => {
      const forged = await as('translator', 'PATCH', `/api/translations/${(await record(id))!.id}`, { approvedBy: staff.ids.translator })
      expect(forged.status).toBe(403)
      expect(JSON.stringify(await json(forged))).toMatch(/Only the status can be changed here; approvedBy/)
      const created = await as('admin', 'POST', '/api/translations', { statement: id, language: 'ru-RU', status: 'approved' })
      expect(created.status).toBe(403)
    })

    it('refuses a translator who approves, and anyone approving a language they are not assigned', async () => {
      const own = await setStatus('translator', id, 'approved')
      expect(own.status).toBe(403)
      expect(JSON.stringify(await json(own))).toMatch(/only an editor for ru-RU approves a translation/)
      const other = await setStatus('editorEn', id, 'approved')
      expect(other.status).toBe(403)
      expect(JSON.stringify(await json(other))).toMatch(/You may work only on en-GB; this translation is ru-RU/)
      expect((await record(id))?.status).toBe('in-translation')
    })

    it('lets the translator send it for review and an editor for the language approve it, recording both', async () => {
      expect((await setStatus('translator', id, 'in-review')).status).toBe(200)
      expect((await record(id))?.submittedBy).toBe(staff.ids.translator)
      expect((await setStatus('editorRu', id, 'approved')).status).toBe(200)
      const ru = await record(id)
      expect(ru).toMatchObject({ status: 'approved', approvedBy: staff.ids.editorRu })
      expect(ru?.approvedAt).toBeTruthy()
      expect(ru?.sourceVersion).toBeTruthy()
      expect(ru?.sourceSnapshot).toMatchObject({ title: 'Gate statement', summary: 'Gate statement: summary.' })
    })

    it('publishes an approved translation and marks it published', async () => {
      expect((await as('editorEn', 'PATCH', `/api/statements/${id}?locale=en-GB`, { _status: 'published' })).status).toBe(200)
      const response = await as('editorRu', 'PATCH', `/api/statements/${id}?locale=ru-RU`, { _status: 'published' })
      expect(response.status, JSON.stringify(await response.clone().json())).toBe(200)
      expect(await anonymousTitle(id, 'ru-RU')).toBe('Заявление о допуске')
      expect(await record(id)).toMatchObject({ status: 'published', publishedBy: staff.ids.editorRu })
    })
  })

  describe('staleness and minor edits', () => {
    let id: number | string
    beforeAll(async () => {
      id = await newStatement('Stale statement')
      await translate('translator', id, 'Устаревающее заявление')
      await setStatus('translator', id, 'in-review')
      await setStatus('editorRu', id, 'approved')
      await as('editorEn', 'PATCH', `/api/statements/${id}?locale=en-GB`, { _status: 'published' })
      await as('editorRu', 'PATCH', `/api/statements/${id}?locale=ru-RU`, { _status: 'published' })
    })

    it('leaves translations as they are after a minor edit of the source', async () => {
      const response = await as('editorEn', 'PATCH', `/api/statements/${id}?locale=en-GB`, { summary: 'Stale statement: sumary fixed.', minorEdit: true, _status: 'published' })
      expect(response.status).toBe(200)
      expect((await record(id))?.status).toBe('published')
    })

    it('marks a published translation outdated when the source changes, with the fields before and after', async () => {
      const response = await as('editorEn', 'PATCH', `/api/statements/${id}?locale=en-GB`, { title: 'Stale statement, revised', _status: 'published' })
      expect(response.status).toBe(200)
      const ru = await record(id)
      expect(ru?.status).toBe('outdated')
      // Only the title: the minor edit moved the baseline, so the summary fix is not reported again.
      expect(ru?.staleFields).toEqual([{ field: 'title', before: 'Stale statement', after: 'Stale statement, revised' }])
    })

    it('keeps the last published translation public while it is outdated', async () => {
      expect(await anonymousTitle(id, 'ru-RU')).toBe('Устаревающее заявление')
    })

    it('refuses to publish the outdated translation until it is approved again', async () => {
      const response = await as('editorRu', 'PATCH', `/api/statements/${id}?locale=ru-RU`, { title: 'Заявление, исправлено', _status: 'published' })
      expect(response.status).toBe(403)
      expect(JSON.stringify(await json(response))).toMatch(/The source changed after approval/)
      expect((await translate('translator', id, 'Заявление, исправлено')).status).toBe(200)
      expect((await setStatus('translator', id, 'in-review')).status).toBe(200)
      expect((await setStatus('editorRu', id, 'approved')).status).toBe(200)
      expect((await record(id))?.staleFields).toEqual([])
      expect((await as('editorRu', 'PATCH', `/api/statements/${id}?locale=ru-RU`, { _status: 'published' })).status).toBe(200)
      expect(await anonymousTitle(id, 'ru-RU')).toBe('Заявление, исправлено')
    })

    it('reports only the paragraph that changed in the text, with its place', async () => {
      const body = (second: string) =>
        lexicalBody([
          { type: 'paragraph', text: 'First paragraph stays.' },
          { type: 'paragraph', text: second },
          { type: 'paragraph', text: 'Third paragraph stays.' },
        ])
      expect((await as('editorEn', 'PATCH', `/api/statements/${id}?locale=en-GB`, { body: body('Second paragraph as approved.'), _status: 'published' })).status).toBe(200)
      await setStatus('editorRu', id, 'approved')
      await as('editorRu', 'PATCH', `/api/statements/${id}?locale=ru-RU`, { _status: 'published' })
      expect((await record(id))?.status).toBe('published')
      expect((await as('editorEn', 'PATCH', `/api/statements/${id}?locale=en-GB`, { body: body('Second paragraph, revised.'), _status: 'published' })).status).toBe(200)
      const ru = await record(id)
      expect(ru?.status).toBe('outdated')
      expect(ru?.staleFields).toEqual([{ field: 'body', part: 2, before: 'Second paragraph as approved.', after: 'Second paragraph, revised.' }])
    })

    it('does not outdate anything while the source is only autosaved', async () => {
      const before = await record(id)
      const response = await as('editorEn', 'PATCH', `/api/statements/${id}?locale=en-GB&draft=true&autosave=true`, { title: 'Half-typed', _status: 'draft' })
      expect(response.status).toBe(200)
      const after = await record(id)
      expect([after?.status, after?.staleFields]).toEqual([before?.status, before?.staleFields])
    })
  })

  describe('concurrent saves', () => {
    let id: number | string
    const revisionOf = async (locale: 'en-GB' | 'ru-RU') =>
      (await t.payload.findByID({ collection: 'statements', id, locale, draft: true, depth: 0, fallbackLocale: false })).revision ?? 0

    beforeAll(async () => {
      id = await newStatement('Concurrent statement')
      await translate('translator', id, 'Параллельное заявление')
    })

    it('keeps both saves when an editor and a translator save different languages from the same start', async () => {
      const [en, ru] = [await revisionOf('en-GB'), await revisionOf('ru-RU')]
      const first = await as('editorEn', 'PATCH', `/api/statements/${id}?locale=en-GB&draft=true`, { title: 'Concurrent, edited', revision: en, _status: 'draft' })
      const second = await as('translator', 'PATCH', `/api/statements/${id}?locale=ru-RU&draft=true`, { title: 'Параллельное, правка', revision: ru, _status: 'draft' })
      expect([first.status, second.status]).toEqual([200, 200])
      const title = async (locale: 'en-GB' | 'ru-RU') => (await t.payload.findByID({ collection: 'statements', id, locale, draft: true, depth: 0, fallbackLocale: false })).title
      expect([await title('en-GB'), await title('ru-RU')]).toEqual(['Concurrent, edited', 'Параллельное, правка'])
    })

    it('answers 409 to the second of two saves to one language from the same revision, keeping the first', async () => {
      const start = await revisionOf('ru-RU')
      const first = await as('translator', 'PATCH', `/api/statements/${id}?locale=ru-RU&draft=true`, { title: 'Первая правка', revision: start, _status: 'draft' })
      expect(first.status).toBe(200)
      const second = await as('editorRu', 'PATCH', `/api/statements/${id}?locale=ru-RU&draft=true`, { title: 'Вторая правка', _status: 'draft' }, { 'If-Match': `"${start}"` })
      expect(second.status).toBe(409)
      expect(JSON.stringify(await json(second))).toMatch(/Someone else saved the ru-RU version since you opened it/)
      expect((await t.payload.findByID({ collection: 'statements', id, locale: 'ru-RU', draft: true, depth: 0 })).title).toBe('Первая правка')
    })
  })

  describe('embargoed release', () => {
    let id: number | string
    /** Runs due releases the way the server's job runner does every second. */
    const runDueReleases = () => t.payload.jobs.run({ queue: releaseQueue, limit: 10 })
    const publicSurfaces = async () => ({
      en: await anonymousTitle(id, 'en-GB'),
      ru: await anonymousTitle(id, 'ru-RU'),
      page: (await t.http('/en/statements/embargoed-statement')).status,
      graphql: await t.graphql('{ Statements(locale: ru_RU) { docs { title } } }'),
    })

    beforeAll(async () => {
      id = await newStatement('Embargoed statement')
      await translate('translator', id, 'Заявление под эмбарго')
      await setStatus('translator', id, 'in-review')
    })

    it('refuses to schedule while a language with text is not approved, and refuses translators and past instants', async () => {
      const releaseAt = new Date(Date.now() + 60_000).toISOString()
      const unapproved = await as('editorEn', 'PATCH', `/api/statements/${id}?locale=en-GB&draft=true`, { releaseAt, _status: 'draft' })
      expect(unapproved.status).toBe(403)
      expect(JSON.stringify(await json(unapproved))).toMatch(/Cannot schedule the release: ru-RU is \W+In review/)
      const translator = await as('translator', 'PATCH', `/api/statements/${id}?locale=ru-RU&draft=true`, { releaseAt, _status: 'draft' })
      expect(translator.status).toBe(403)
      await setStatus('editorRu', id, 'approved')
      const past = await as('editorEn', 'PATCH', `/api/statements/${id}?locale=en-GB&draft=true`, { releaseAt: new Date(Date.now() - 1000).toISOString(), _status: 'draft' })
      expect(past.status).toBe(400)
      expect((await t.payload.findByID({ collection: 'statements', id, draft: true, depth: 0 })).releaseAt ?? null).toBeNull()
    })

    it('shows nothing before the instant and every approved language from it', async () => {
      const releaseAt = new Date(Date.now() + 3000)
      const scheduled = await as('editorEn', 'PATCH', `/api/statements/${id}?locale=en-GB&draft=true`, { releaseAt: releaseAt.toISOString(), _status: 'draft' })
      expect(scheduled.status, JSON.stringify(await scheduled.clone().json())).toBe(200)
      const early = await as('editorRu', 'PATCH', `/api/statements/${id}?locale=ru-RU`, { _status: 'published' })
      expect(early.status).toBe(403)
      // The instant as people write it, in the site's zone, never an ISO string.
      expect(JSON.stringify(await json(early))).toMatch(/embargoed until \d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d \([^)]+\) and is released/)
      // Up to one second before the instant: the job runner runs and nothing is public anywhere.
      let checks = 0
      while (Date.now() < releaseAt.getTime() - 1000) {
        await runDueReleases()
        const surfaces = await publicSurfaces()
        expect(surfaces).toMatchObject({ en: null, ru: null, page: 404 })
        expect(surfaces.graphql).toMatch(/"docs"/)
        expect(surfaces.graphql).not.toMatch(/эмбарго/)
        checks += 1
      }
      expect(checks).toBeGreaterThan(0)
      while (Date.now() < releaseAt.getTime()) await new Promise((resolve) => setTimeout(resolve, 20))
      // From the instant, run the queue as the server's runner would (it ticks every second).
      let after = await publicSurfaces()
      while (after.en === null && Date.now() < releaseAt.getTime() + 2000) {
        await runDueReleases()
        after = await publicSurfaces()
      }
      expect(after).toMatchObject({ en: 'Embargoed statement', ru: 'Заявление под эмбарго', page: 200 })
      expect(after.graphql).toMatch(/Заявление под эмбарго/)
      const released = await t.payload.findByID({ collection: 'statements', id, depth: 0 })
      expect(released.releaseAt ?? null).toBeNull()
      expect(new Date(released.publishedAt).getTime()).toBe(new Date('2026-11-20T10:00:00.000Z').getTime())
      expect((await record(id))?.status).toBe('published')
    })

    it('writes the embargo instant as people write it, in the person’s admin language', async () => {
      const other = await newStatement('Embargoed, said in Russian')
      const releaseAt = new Date(Date.now() + 60 * 60_000)
      expect((await as('editorEn', 'PATCH', `/api/statements/${other}?locale=en-GB&draft=true`, { releaseAt: releaseAt.toISOString(), _status: 'draft' })).status).toBe(200)
      const refused = await as('editorEn', 'PATCH', `/api/statements/${other}?locale=en-GB`, { _status: 'published' }, { 'Accept-Language': 'ru' })
      expect(refused.status).toBe(403)
      const message = JSON.stringify(await json(refused))
      expect(message).toMatch(/под эмбарго до \d{1,2} [а-я]+ \d{4}, \d\d:\d\d \([^)]+\)/)
      expect(message).not.toContain(releaseAt.toISOString().slice(0, 16))
    })

    it('releases exactly once when several runners take the same due release', async () => {
      const other = await newStatement('Released once')
      const releaseAt = new Date(Date.now() + 1500).toISOString()
      expect((await as('editorEn', 'PATCH', `/api/statements/${other}?locale=en-GB&draft=true`, { releaseAt, _status: 'draft' })).status).toBe(200)
      while (Date.now() < new Date(releaseAt).getTime()) await new Promise((resolve) => setTimeout(resolve, 20))
      const outcomes = await Promise.all([1, 2, 3].map(() => releaseStatement(t.payload, { statement: String(other), releaseAt }).catch(() => ({ released: [] }))))
      expect(outcomes.filter((outcome) => outcome.released.length > 0)).toHaveLength(1)
      const log = await t.payload.find({ collection: 'release-log', where: { statement: { equals: other } } })
      expect(log.totalDocs).toBe(1)
      expect(log.docs[0].languages).toBe('en-GB')
    })
  })
})
