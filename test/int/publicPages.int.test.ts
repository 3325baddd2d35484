import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { onContentChange } from '../../src/render/cache/contentEvents'
import { lexicalBody } from '../../src/seed/lexicalBody'
import { testDatabaseKinds } from '../helpers/databases'
import { makePerson, makeStatement, makeTopic } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

describe.each(testDatabaseKinds())('public pages on %s', (kind) => {
  let t: TestPayload

  beforeAll(async () => {
    t = await startTestPayload(kind, { timeZone: 'Europe/Moscow' })
    await t.payload.updateGlobal({ slug: 'site-settings', locale: 'en-GB', data: { siteName: 'Ministry of Examples', navigation: [{ label: 'Statements', url: '/statements' }] } })
    await t.payload.updateGlobal({ slug: 'site-settings', locale: 'ru-RU', data: { siteName: 'Министерство примеров' } })
    const person = await makePerson(t.payload, 'n-n', { name: 'N. N.', position: 'Deputy Director' }, { name: 'Н. Н.', position: 'Заместитель директора' })
    const topic = await makeTopic(t.payload, 'kestria', 'Kestria', 'Кестрия')
    await makeStatement(t.payload, {
      en: { title: 'Answer on <cooperation> & "trade"', slug: 'answer-on-cooperation', summary: 'A summary' },
      ru: { title: 'Ответ о сотрудничестве', slug: 'otvet-o-sotrudnichestve' },
      publishedAt: '2018-03-22T13:17:00.000Z',
      speakers: [person.id],
      topics: [topic.id],
      body: {
        en: lexicalBody([
          { type: 'question', asker: 'Daily Courier', text: 'What is your take on <script>alert(1)</script>?' },
          { type: 'answer', speaker: person.id, text: 'The two countries have a long history.\n\nSecond paragraph.' },
        ]),
      },
    })
    await makeStatement(t.payload, {
      en: { title: 'English only statement', slug: 'english-only' },
      ru: { title: 'Неопубликованный перевод', slug: 'neopublikovannyi' },
      ruStatus: 'draft',
    })
  })
  afterAll(async () => {
    await t?.destroy()
  })

  /** Fetches until the page comes from the cache: a write made just before may still be announcing itself. */
  const untilCached = async (path: string): Promise<string | null> => {
    const deadline = Date.now() + 2000
    let state: string | null = null
    while (Date.now() < deadline && state !== 'hit') state = (await t.http(path)).headers.get('x-cache')
    return state
  }

  it('answers /healthz and /readyz', async () => {
    expect((await t.http('/healthz')).status).toBe(200)
    const ready = await t.http('/readyz')
    expect(ready.status).toBe(200)
    expect(await ready.json()).toMatchObject({ database: 'reachable' })
  })

  it('redirects / by Accept-Language, honouring q-values and regions', async () => {
    const ru = await t.http('/', { headers: { 'Accept-Language': 'de;q=0.9, ru-UA;q=0.8, en;q=0.5' } })
    expect(ru.status).toBe(302)
    expect(ru.headers.get('location')).toBe('/ru/')
    expect(ru.headers.get('vary')).toMatch(/Accept-Language/)
    const cookie = await t.http('/', { headers: { 'Accept-Language': 'ru', Cookie: 'lang=en' } })
    expect(cookie.headers.get('location')).toBe('/en/')
  })

  it('serves the home page in each language with <html lang> set and only published statements', async () => {
    const en = await t.http('/en/')
    expect(en.status).toBe(200)
    const enHtml = await en.text()
    expect(enHtml).toContain('<html lang="en-GB">')
    expect(enHtml).toContain('English only statement')
    expect(enHtml).toContain('2 statements')
    const ru = await (await t.http('/ru/')).text()
    expect(ru).toContain('<html lang="ru-RU">')
    expect(ru).toContain('Ответ о сотрудничестве')
    expect(ru).not.toContain('Неопубликованный перевод')
    expect(ru).toContain('1 заявление')
  })

  it('renders the statement page: date in the site time zone, Q&A, switcher to the other version, escaped text', async () => {
    const response = await t.http('/en/statements/answer-on-cooperation')
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('<html lang="en-GB">')
    expect(html).toContain('22 March 2018 16:17')
    expect(html).toContain('<time dateTime="2018-03-22T16:17:00+03:00">22 March 2018 16:17</time>')
    expect(html).toContain('Answer on &lt;cooperation&gt; &amp; &quot;trade&quot;')
    expect(html).not.toContain('<script>alert(1)</script>')
    expect(html).toMatch(/<strong class="qa-label">N\. N\.:<\/strong> The two countries/)
    expect(html).toContain('href="/ru/statements/otvet-o-sotrudnichestve"')
    expect(html).toContain('hrefLang="ru-RU"')
    expect(html).toContain('hrefLang="x-default"')
    // The breadcrumb leads to the archive and to this kind's part of it, named in the plural.
    const crumbs = /<nav class="breadcrumb"[^>]*>(.*?)<\/nav>/s.exec(html)?.[1] ?? ''
    expect(crumbs).toContain('<a href="/en/statements">Statements</a>')
    expect(crumbs).toContain('<a href="/en/statements?kind=answer-to-media-question">Answers to media questions</a>')
    expect(html).toMatch(/"@type":"NewsArticle"/)
    expect(html).not.toMatch(/"headline":"Answer on <cooperation>/)

    const ru = await (await t.http('/ru/statements/otvet-o-sotrudnichestve')).text()
    expect(ru).toContain('22 марта 2018 16:17')
    expect(ru).toContain('href="/en/statements/answer-on-cooperation"')
    expect(ru).toContain('<a href="/ru/statements?kind=answer-to-media-question">Ответы на вопросы СМИ</a>')
  })

  it('marks the navigation link to the page shown, and to the section a page is in', async () => {
    const navOf = (html: string) => /<nav class="wrap main-nav"[^>]*>(.*?)<\/nav>/s.exec(html)?.[1] ?? ''
    const archive = navOf(await (await t.http('/en/statements')).text())
    expect(archive).toContain('<a href="/en/statements" aria-current="page">Statements</a>')
    const statement = navOf(await (await t.http('/en/statements/answer-on-cooperation')).text())
    expect(statement).toContain('<a href="/en/statements" aria-current="true">Statements</a>')
    const home = navOf(await (await t.http('/en/')).text())
    expect(home).toContain('<a href="/en/statements">Statements</a>')
  })

  it('shows no link to an unpublished language and answers its URL with a 404 page in that language', async () => {
    const html = await (await t.http('/en/statements/english-only')).text()
    expect(html).not.toContain('/ru/statements/neopublikovannyi')
    expect(html).toContain('Русский (not available)')
    const ru = await t.http('/ru/statements/neopublikovannyi')
    expect(ru.status).toBe(404)
    const ruHtml = await ru.text()
    expect(ruHtml).toContain('<html lang="ru-RU">')
    expect(ruHtml).toContain('Страница не найдена')
    expect(ruHtml).not.toContain('Неопубликованный перевод')
  })

  it('answers bad languages, slugs and encodings with a 4xx page, never a 500', async () => {
    const cases: [string, string][] = [
      // A path outside any language answers in the language the visitor asks for...
      ['/xx/', 'ru-RU'],
      ['/de/statements/anything', 'ru-RU'],
      ['/%E0%A4%A', 'ru-RU'],
      // ...and a path inside a language answers in that language.
      ['/en/statements/..%2F..%2Fetc', 'en-GB'],
      ['/en/statements/%E0%A4%A', 'en-GB'],
      ['/en/statements/' + 'a'.repeat(5000), 'en-GB'],
      ['/ru/statements/NOT_A_SLUG', 'ru-RU'],
    ]
    for (const [path, lang] of cases) {
      const response = await t.http(path, { headers: { 'Accept-Language': 'ru' } })
      expect(response.status, path).toBeGreaterThanOrEqual(400)
      expect(response.status, path).toBeLessThan(500)
      const html = await response.text()
      expect(html, path).toContain(`<html lang="${lang}">`)
      expect(html).not.toMatch(/at .*\.ts:\d+/)
    }
  })

  it('serves repeat visits from the page cache and shows a publish within a second', async () => {
    expect(await untilCached('/en/statements/english-only')).toBe('hit')
    expect(await (await t.http('/en/statements/english-only')).text()).toContain('English only statement')
    const { docs } = await t.payload.find({ collection: 'statements', locale: 'en-GB', where: { slug: { equals: 'english-only' } } })
    await t.payload.update({ collection: 'statements', id: docs[0]!.id, locale: 'en-GB', data: { title: 'English only statement, revised', _status: 'published' } })
    const deadline = Date.now() + 1000
    let html = ''
    while (Date.now() < deadline && !html.includes('revised')) html = await (await t.http('/en/statements/english-only')).text()
    expect(html).toContain('English only statement, revised')
    // Conditional requests are answered with 304 from the cache.
    const cached = await t.http('/en/statements/english-only')
    const etag = cached.headers.get('etag')
    expect((await t.rawGet('/en/statements/english-only', { 'If-None-Match': etag ?? '' })).status).toBe(304)
  })

  it('drops the cached page when a statement is unpublished after an autosaved draft', async () => {
    const doc = await makeStatement(t.payload, { en: { title: 'Soon withdrawn', slug: 'soon-withdrawn' } })
    expect(await untilCached('/en/statements/soon-withdrawn')).toBe('hit')
    // An autosave makes the latest version a draft...
    await t.payload.update({ collection: 'statements', id: doc.id, locale: 'en-GB', draft: true, autosave: true, data: { title: 'Soon withdrawn, edited', _status: 'draft' } })
    // ...then the editor unpublishes.
    await t.payload.update({ collection: 'statements', id: doc.id, locale: 'en-GB', data: { _status: 'draft' } })
    const deadline = Date.now() + 1000
    let status = 200
    while (Date.now() < deadline && status === 200) status = (await t.http('/en/statements/soon-withdrawn')).status
    expect(status).toBe(404)
  })

  it('does not announce a change, so keeps the cache, for a draft saved over a draft', async () => {
    const draft = await makeStatement(t.payload, { en: { title: 'Quiet draft', slug: 'quiet-draft' }, enStatus: 'draft' })
    const heard: unknown[] = []
    // The delayed second announcement only ever follows an immediate one, so listening during the save is enough.
    const stop = onContentChange((change) => {
      if (change.id === draft.id) heard.push(change)
    })
    try {
      await t.payload.update({ collection: 'statements', id: draft.id, locale: 'en-GB', draft: true, data: { title: 'Quiet draft 2', _status: 'draft' } })
    } finally {
      stop()
    }
    expect(heard).toEqual([])
  })

  it('answers an old slug with 301 to the new one after the slug of a published version changes', async () => {
    const doc = await makeStatement(t.payload, { en: { title: 'Renamed statement', slug: 'first-name' }, ru: { title: 'Переименованное', slug: 'pervoe-imya' } })
    expect((await t.http('/en/statements/first-name')).status).toBe(200)
    await t.payload.update({ collection: 'statements', id: doc.id, locale: 'en-GB', data: { slug: 'second-name', _status: 'published' } })
    const old = await t.http('/en/statements/first-name')
    expect(old.status).toBe(301)
    expect(old.headers.get('location')).toBe('/en/statements/second-name')
    await t.payload.update({ collection: 'statements', id: doc.id, locale: 'en-GB', data: { slug: 'third-name', _status: 'published' } })
    expect((await t.http('/en/statements/first-name')).headers.get('location')).toBe('/en/statements/third-name')
    expect((await t.http('/en/statements/second-name')).headers.get('location')).toBe('/en/statements/third-name')
    // The Russian version keeps its own slug, and the old English slug means nothing in Russian.
    expect((await t.http('/ru/statements/pervoe-imya')).status).toBe(200)
    expect((await t.http('/ru/statements/first-name')).status).toBe(404)
  })

  it('reads the same number of times from the database whatever the number of statements on a page', async () => {
    const calls = { count: 0 }
    const db = t.payload.db as unknown as Record<string, (...args: unknown[]) => unknown>
    const originals = new Map<string, (...args: unknown[]) => unknown>()
    for (const method of ['find', 'findOne', 'findGlobal', 'count', 'queryDrafts', 'findVersions']) {
      const original = db[method]
      if (typeof original !== 'function') continue
      originals.set(method, original)
      db[method] = function (this: unknown, ...args: unknown[]) {
        calls.count++
        return original.apply(this, args)
      }
    }
    const readsFor = async (path: string) => {
      calls.count = 0
      const response = await t.http(path)
      expect(response.status, path).toBe(200)
      const html = await response.text()
      return { reads: calls.count, html }
    }
    try {
      // A page listing one statement and a page listing several, both rendered (not cached), each
      // with a filter not asked for before, so neither count is remembered yet.
      const one = await readsFor('/en/statements?from=2018-03-22&to=2018-03-22')
      expect(one.html).toContain('1 statement<')
      const many = await readsFor('/en/statements?from=2000-01-01')
      expect(Number(/(\d+) statements</.exec(many.html)?.[1])).toBeGreaterThan(1)
      expect(many.reads).toBe(one.reads)
      const statement = await readsFor('/en/statements/answer-on-cooperation?x=3')
      expect(statement.reads).toBeLessThanOrEqual(4)
    } finally {
      for (const [method, original] of originals) db[method] = original
    }
  })

  it('sends security headers on public pages', async () => {
    const response = await t.http('/en/')
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('x-powered-by')).toBeNull()
  })
})
