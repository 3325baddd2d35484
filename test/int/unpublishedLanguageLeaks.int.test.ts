import type { Server } from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PageCache } from '../../src/render/cache/pageCache'
import { lexicalBody } from '../../src/seed/lexicalBody'
import { testDatabaseKinds } from '../helpers/databases'
import { makePerson, makeStatement, makeTopic } from '../helpers/fixtures'
import { listenFrontDoor, restStandInForNext } from '../helpers/frontDoor'
import { createStaff } from '../helpers/staff'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { type LeakProbe, unpublishedLanguageReads } from '../helpers/unpublishedLanguageReads'

const probes = 2000
const concurrency = 4

/** A language version whose every field carries its marker, lower case so the slug holds it too. */
const version = (marker: string, speaker: number | string) => ({
  title: `Title ${marker}`,
  summary: `Summary ${marker}`,
  slug: `${marker}-slug`,
  // An answer block links a person: populating it runs Payload's reads in one language at a time.
  body: lexicalBody([
    { type: 'paragraph', text: `Body ${marker}` },
    { type: 'answer', speaker, text: `Answer ${marker}` },
  ]),
})

describe.each(testDatabaseKinds())('unpublished languages on %s', (kind) => {
  let t: TestPayload
  let server: Server
  let base: string
  const apiCache = new PageCache()
  /** Text that must never reach an anonymous reader, and text that must (so a blank answer cannot pass). */
  const hidden: string[] = []
  const shown = new Set<string>()
  const ids: (number | string)[] = []

  beforeAll(async () => {
    t = await startTestPayload(kind)
    const staff = await createStaff(t, {})
    const person = await makePerson(t.payload, 'speaker', { name: 'Speaker', position: 'Spokesperson' }, { name: 'Спикер', position: 'Официальный представитель' })
    const topic = await makeTopic(t.payload, 'topic', 'Topic', 'Тема')
    const links = { speakers: [person.id], topics: [topic.id] }
    const statement = async (en: string, ru: string | undefined, options: { enStatus?: 'draft'; ruStatus?: 'draft' } = {}) => {
      const parts = { en: version(en, person.id), ru: ru ? version(ru, person.id) : undefined }
      const doc = await makeStatement(t.payload, {
        en: { title: parts.en.title, summary: parts.en.summary, slug: parts.en.slug },
        ru: parts.ru && { title: parts.ru.title, summary: parts.ru.summary, slug: parts.ru.slug },
        body: { en: parts.en.body, ru: parts.ru?.body },
        ...links,
        ...options,
      })
      ids.push(doc.id)
      return doc.id
    }
    const patch = async (id: number | string, query: string, body: unknown) => {
      const answer = await staff.as('admin', 'PATCH', `/api/statements/${id}?${query}`, body)
      expect(answer.status, await answer.clone().text()).toBe(200)
    }

    // Both languages published: what every anonymous reader may see.
    await statement('shownbothen', 'shownbothru')
    shown.add('shownbothen').add('shownbothru')
    // Russian published, then withdrawn: its text stays in the published document, marked draft.
    const withdrawnRu = await statement('shownwithdrawnen', 'hiddenwithdrawnru')
    await patch(withdrawnRu, 'locale=ru-RU', { _status: 'draft' })
    shown.add('shownwithdrawnen')
    hidden.push('hiddenwithdrawnru')
    // English withdrawn, Russian still published.
    const withdrawnEn = await statement('hiddenwithdrawnen', 'shownwithdrawnru')
    await patch(withdrawnEn, 'locale=en-GB', { _status: 'draft' })
    shown.add('shownwithdrawnru')
    hidden.push('hiddenwithdrawnen')
    // A Russian translation saved without draft=true and never approved or published: the save wrote it
    // into the published document.
    const unapproved = await statement('shownunapproveden', undefined)
    await patch(unapproved, 'locale=ru-RU', { ...version('hiddenunapprovedru', person.id), _status: 'draft' })
    shown.add('shownunapproveden')
    hidden.push('hiddenunapprovedru')
    // A Russian draft, never published: only in the versions.
    const neverRu = await statement('shownneveren', undefined)
    await patch(neverRu, 'locale=ru-RU&draft=true', { ...version('hiddenneverru', person.id), _status: 'draft' })
    shown.add('shownneveren')
    hidden.push('hiddenneverru')
    // Nothing published at all.
    await statement('hiddendraften', 'hiddendraftru', { enStatus: 'draft', ruStatus: 'draft' })
    hidden.push('hiddendraften', 'hiddendraftru')

    // Each hidden marker is in the database: a leak is possible, so its absence means something.
    const everything = JSON.stringify([
      await t.payload.db.find({ collection: 'statements', locale: 'all', limit: 50 }),
      await t.payload.db.findVersions({ collection: 'statements', locale: 'all', limit: 500 }),
    ])
    for (const marker of ['hiddenwithdrawnru', 'hiddenwithdrawnen', 'hiddenunapprovedru', 'hiddenneverru', 'hiddendraften']) expect(everything).toContain(marker)
    ;({ server, base } = await listenFrontDoor({ payload: t.payload, apiCache, nextHandler: restStandInForNext(t) }))
  })
  afterAll(async () => {
    server?.closeAllConnections()
    server?.close()
    apiCache.close()
    await t?.destroy()
  })

  let cacheHits = 0
  const read = async (probe: LeakProbe): Promise<{ status: number; text: string }> => {
    if (probe.via === 'graphql') return { status: 200, text: await t.graphql(probe.query) }
    const answer = await fetch(base + probe.path)
    if (answer.headers.get('x-cache') === 'hit') cacheHits++
    return { status: answer.status, text: await answer.text() }
  }

  it(`answers ${probes} anonymous reads without an unpublished language, from the database or the API cache`, async () => {
    const corpus = unpublishedLanguageReads(20261204, probes, ids)
    // Each REST read a second time: the API cache answers it then, and must not hold a leak either.
    const repeated = corpus.filter((probe, index) => probe.via === 'rest' && index % 5 === 0)
    const all = [...corpus, ...repeated]
    const leaks: string[] = []
    const failures: string[] = []
    const seen = new Set<string>()
    let next = 0
    const started = performance.now()
    const worker = async () => {
      while (next < all.length) {
        const probe = all[next++] as LeakProbe
        const { status, text } = await read(probe).catch((error: Error) => ({ status: 0, text: `request failed: ${error.message}` }))
        const lower = text.toLowerCase()
        const request = probe.via === 'rest' ? probe.path : probe.query
        const found = hidden.filter((marker) => lower.includes(marker))
        if (found.length > 0) leaks.push(`${found.join(', ')} in ${probe.via} ${request}`)
        if (status >= 500 || status === 0) failures.push(`${status} ${probe.via} ${request} ${text.slice(0, 200)}`)
        for (const marker of shown) if (lower.includes(marker)) seen.add(marker)
      }
    }
    await Promise.all(Array.from({ length: concurrency }, worker))
    console.info(`${kind}: ${all.length} anonymous reads in ${Math.round(performance.now() - started)} ms, ${cacheHits} from the API cache, ${leaks.length} leaks`)
    expect(leaks.slice(0, 20), `${leaks.length} of ${all.length} reads leaked`).toEqual([])
    expect(failures.slice(0, 20), `${failures.length} failures`).toEqual([])
    // The published languages did come back, and repeated reads from the cache: the reads were answered, not refused.
    expect([...seen].sort()).toEqual([...shown].sort())
    expect(cacheHits).toBeGreaterThan(repeated.length / 2)
    // Several thousand reads at depth 2 take minutes on a busy machine.
  }, 400_000)
})
