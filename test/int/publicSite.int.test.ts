import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalBody } from '../../src/seed/lexicalBody'
import { testDatabaseKinds } from '../helpers/databases'
import { makePerson, makeStatement, makeTopic } from '../helpers/fixtures'
import { listenFrontDoor } from '../helpers/frontDoor'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

describe.each(testDatabaseKinds())('public site listings, search, feed and sitemap on %s', (kind) => {
  let t: TestPayload

  beforeAll(async () => {
    t = await startTestPayload(kind, { timeZone: 'UTC' })
    const person = await makePerson(t.payload, 'anna-verin', { name: 'Anna Verin', position: 'Spokesperson' }, { name: 'Анна Верин', position: 'Официальный представитель' })
    const topic = await makeTopic(t.payload, 'kestria', 'Kestria', 'Кестрия')
    // 23 published in both languages, so the archive has two pages.
    for (let day = 1; day <= 23; day++) {
      await makeStatement(t.payload, {
        en: { title: `Routine note ${day}`, slug: `routine-note-${day}` },
        ru: { title: `Рабочая заметка ${day}`, slug: `rabochaya-zametka-${day}` },
        kind: day % 2 ? 'comment' : 'briefing',
        publishedAt: `2026-10-${String(day).padStart(2, '0')}T09:00:00.000Z`,
      })
    }
    await makeStatement(t.payload, {
      en: { title: 'On cooperation with Kestria', slug: 'on-cooperation-with-kestria', summary: 'The ministry values its cooperation with Kestria.' },
      ru: { title: 'О сотрудничестве с Кестрией', slug: 'o-sotrudnichestve-s-kestriei', summary: 'Министерство опубликовало заявление о сотрудничестве.' },
      kind: 'statement',
      publishedAt: '2026-11-02T10:00:00.000Z',
      speakers: [person.id],
      topics: [topic.id],
      body: {
        en: lexicalBody([{ type: 'paragraph', text: 'We are cooperating closely on water management.' }]),
        ru: lexicalBody([{ type: 'paragraph', text: 'Это заявление касается водных ресурсов.' }]),
      },
    })
    await makeStatement(t.payload, {
      en: { title: 'Cooperating in secret, a draft', slug: 'secret-draft' },
      enStatus: 'draft',
      publishedAt: '2026-11-03T10:00:00.000Z',
    })
    await makeStatement(t.payload, {
      en: { title: 'English-only note on <b>trade</b> & "transit"', slug: 'english-only-note' },
      ru: { title: 'Черновое заявление о транзите', slug: 'chernovoe-zayavlenie' },
      ruStatus: 'draft',
      publishedAt: '2026-11-04T10:00:00.000Z',
    })
  })
  afterAll(async () => {
    await t?.destroy()
  })

  it('paginates the archive with totals in correct plurals', async () => {
    const en = await (await t.http('/en/statements')).text()
    expect(en).toContain('25 statements')
    expect(en).toContain('href="/en/statements?page=2"')
    const ru = await (await t.http('/ru/statements?page=2')).text()
    expect(ru).toContain('24 заявления')
    expect(ru).toContain('aria-current="page" aria-label="Страница 2"')
    expect((await t.http('/en/statements?page=3')).status).toBe(404)
  })

  it('filters the archive by kind, topic, person and dates', async () => {
    const briefings = await (await t.http('/en/statements?kind=briefing')).text()
    expect(briefings).toContain('11 statements')
    expect(briefings).not.toContain('Routine note 1<')
    const topic = await (await t.http('/ru/statements?topic=kestria')).text()
    expect(topic).toContain('1 заявление')
    expect(topic).toContain('О сотрудничестве с Кестрией')
    const person = await (await t.http('/en/statements?person=anna-verin')).text()
    expect(person).toContain('On cooperation with Kestria')
    const dates = await (await t.http('/en/statements?from=2026-10-05&to=2026-10-07')).text()
    expect(dates).toContain('3 statements')
  })

  it('answers malformed or unknown filters with a 4xx page in the page language', async () => {
    for (const query of ['kind=nonsense', 'page=0', 'page=abc', 'page=99999999', 'from=2026-13-01', 'from=2026-10-05&to=2026-10-01', 'kind=a&kind=b', 'topic=no-such-topic', "topic=x'%20OR%201=1"]) {
      const response = await t.http(`/ru/statements?${query}`)
      expect(response.status, query).toBeGreaterThanOrEqual(400)
      expect(response.status, query).toBeLessThan(500)
      expect(await response.text(), query).toContain('<html lang="ru-RU">')
    }
  })

  it('says in the visitor’s language that a date range ends before it starts', async () => {
    const english = await t.http('/en/statements?from=2026-05-01&to=2026-01-01')
    expect(english.status).toBe(400)
    expect(await english.text()).toContain('The end date (2026-01-01) is before the start date (2026-05-01).')
    const russian = await t.http('/ru/statements?from=2026-05-01&to=2026-01-01')
    expect(russian.status).toBe(400)
    expect(await russian.text()).toContain('Дата окончания (2026-01-01) раньше даты начала (2026-05-01).')
  })

  it('ignores parameters it does not know, operator syntax included', async () => {
    const response = await t.http('/en/statements?kind[$gt]=&utm_source=x')
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('25 statements')
  })

  it('never returns the search index through the REST API', async () => {
    const text = await (await t.rest('/api/statements?limit=5&locale=all')).text()
    expect(text).not.toContain('searchStems')
  })

  it('lists every topic, and every person with their position, with a name in the page language', async () => {
    const topics = await (await t.http('/ru/topics')).text()
    expect(topics).toContain('<a href="/ru/topics/kestria">Кестрия</a>')
    const people = await (await t.http('/en/people')).text()
    expect(people).toContain('<a href="/en/people/anna-verin">Anna Verin</a><span class="note"> · Spokesperson</span>')
    const russianPeople = await (await t.http('/ru/people')).text()
    expect(russianPeople).toContain('<a href="/ru/people/anna-verin">Анна Верин</a><span class="note"> · Официальный представитель</span>')
  })

  it('lists a topic’s and a person’s statements, and 404s unknown ones', async () => {
    const topic = await (await t.http('/en/topics/kestria')).text()
    expect(topic).toContain('<h1 class="page-title">Kestria</h1>')
    expect(topic).toContain('On cooperation with Kestria')
    const person = await (await t.http('/ru/people/anna-verin')).text()
    expect(person).toContain('Анна Верин')
    expect(person).toContain('Официальный представитель')
    expect((await t.http('/en/topics/atlantis')).status).toBe(404)
    // A topic with no Russian name yet: its Russian page is a 404, so the switcher does not link to it.
    await t.payload.create({ collection: 'topics', locale: 'en-GB', data: { slug: 'amber-coast', name: 'Amber Coast', type: 'region' } })
    const english = await (await t.http('/en/topics/amber-coast')).text()
    expect(english).not.toContain('href="/ru/topics/amber-coast"')
    expect(english).toContain('Русский (not available)')
    expect((await t.http('/ru/topics/amber-coast')).status).toBe(404)
  })

  it('finds word forms in both languages, only among published versions, with marked excerpts', async () => {
    const en = await (await t.http('/en/search?q=cooperation')).text()
    expect(en).toContain('On cooperation with Kestria')
    expect(en).toContain('<mark>cooperating</mark>')
    expect(en).not.toContain('Cooperating in secret')
    const ru = await (await t.http(`/ru/search?q=${encodeURIComponent('заявления')}`)).text()
    expect(ru).toContain('О сотрудничестве с Кестрией')
    expect(ru).toContain('<mark>заявление</mark>')
    expect(ru).not.toContain('Черновое заявление')
    const nothing = await (await t.http('/en/search?q=zzzxq')).text()
    expect(nothing).toContain('Nothing was found')
    expect((await t.http(`/en/search?q=${'a'.repeat(500)}`)).status).toBe(400)
  })

  it('publishes an RSS feed per language with the language declared and only published items', async () => {
    const response = await t.http('/ru/feed.xml')
    expect(response.headers.get('content-type')).toMatch(/rss\+xml/)
    const xml = await response.text()
    expect(xml).toContain('<language>ru-RU</language>')
    expect(xml).toContain('О сотрудничестве с Кестрией')
    expect(xml).not.toContain('Черновое заявление')
    const en = await (await t.http('/en/feed.xml')).text()
    expect(en).toContain('English-only note on &lt;b&gt;trade&lt;/b&gt; &amp; &quot;transit&quot;')
    expect(en.match(/<item>/g)?.length).toBe(25)
  })

  it('lists every published language version in the sitemap with hreflang alternates and x-default', async () => {
    const xml = await (await t.http('/sitemap.xml')).text()
    expect(xml).toContain('<loc>http://localhost:3999/ru/statements/o-sotrudnichestve-s-kestriei</loc>')
    expect(xml).toContain('hreflang="en-GB" href="http://localhost:3999/en/statements/on-cooperation-with-kestria"')
    expect(xml).toContain('hreflang="x-default"')
    expect(xml).toContain('/en/statements/english-only-note')
    expect(xml).not.toContain('chernovoe-zayavlenie')
    expect(xml).not.toContain('secret-draft')
  })

  it('becomes a sitemap index past the URLs one file may hold, its files together listing every version once', async () => {
    const plain = await (await t.http('/sitemap.xml')).text()
    const locs = (xml: string) => [...xml.matchAll(/<url><loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc)
    const every = locs(plain)
    expect(every.length).toBeGreaterThan(40)
    const perFile = 20
    const { server, base } = await listenFrontDoor({ payload: t.payload, serverUrl: 'http://localhost:3999', sitemapUrlsPerFile: perFile })
    try {
      const index = await (await fetch(`${base}/sitemap.xml`)).text()
      expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
      const files = [...index.matchAll(/<sitemap><loc>http:\/\/localhost:3999(\/sitemaps\/\d+\.xml)<\/loc><\/sitemap>/g)].map(([, path]) => path)
      expect(files).toHaveLength(Math.ceil(every.length / perFile))
      const listed: string[] = []
      for (const file of files) {
        const response = await fetch(base + file)
        expect(response.headers.get('content-type')).toMatch(/application\/xml/)
        const xml = await response.text()
        expect(locs(xml).length).toBeLessThanOrEqual(perFile)
        expect(xml).toContain('hreflang="x-default"')
        listed.push(...locs(xml))
      }
      expect([...listed].sort()).toEqual([...every].sort())
      // Past the last file, or not a number: 404.
      expect((await fetch(`${base}/sitemaps/${files.length + 1}.xml`)).status).toBe(404)
      expect((await fetch(`${base}/sitemaps/0.xml`)).status).toBe(404)
      expect((await fetch(`${base}/sitemaps/x.xml`)).status).toBe(404)
    } finally {
      server.close()
    }
  })
})
