import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testDatabaseKinds } from '../helpers/databases'
import { makePerson, makeStatement } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

describe.each(testDatabaseKinds())('statements on %s', (kind) => {
  let t: TestPayload

  beforeAll(async () => {
    t = await startTestPayload(kind)
  })
  afterAll(async () => {
    await t?.destroy()
  })

  it('is created in en-GB, translated in ru-RU, and read per locale and with locale=all', async () => {
    const doc = await makeStatement(t.payload, {
      en: { title: 'On water cooperation', summary: 'English summary' },
      ru: { title: 'О сотрудничестве в области водных ресурсов', summary: 'Краткое содержание' },
    })
    const en = await t.payload.findByID({ collection: 'statements', id: doc.id, locale: 'en-GB', fallbackLocale: false })
    const ru = await t.payload.findByID({ collection: 'statements', id: doc.id, locale: 'ru-RU', fallbackLocale: false })
    expect(en.title).toBe('On water cooperation')
    expect(en.slug).toBe('on-water-cooperation')
    expect(ru.title).toBe('О сотрудничестве в области водных ресурсов')
    expect(ru.slug).toBe('o-sotrudnichestve-v-oblasti-vodnykh-resursov')
    const all = await t.payload.findByID({ collection: 'statements', id: doc.id, locale: 'all' })
    expect(all.title).toEqual({ 'en-GB': 'On water cooperation', 'ru-RU': 'О сотрудничестве в области водных ресурсов' })
    expect(all._status).toEqual({ 'en-GB': 'published', 'ru-RU': 'published' })
  })

  it('publishes en-GB while ru-RU stays a draft that no anonymous reader sees', async () => {
    const doc = await makeStatement(t.payload, {
      en: { title: 'Published in English only' },
      ru: { title: 'Черновик перевода' },
      ruStatus: 'draft',
    })
    const anonymous = { overrideAccess: false, draft: false, fallbackLocale: false } as const
    const en = await t.payload.find({ collection: 'statements', locale: 'en-GB', where: { id: { equals: doc.id } }, ...anonymous })
    const ru = await t.payload.find({ collection: 'statements', locale: 'ru-RU', where: { id: { equals: doc.id } }, ...anonymous })
    expect(en.docs.map((d) => d.title)).toEqual(['Published in English only'])
    expect(ru.docs).toHaveLength(0)
    // Staff still see the draft translation.
    const staff = await t.payload.findByID({ collection: 'statements', id: doc.id, locale: 'ru-RU', draft: true, fallbackLocale: false })
    expect(staff.title).toBe('Черновик перевода')
  })

  it('never returns a draft to an anonymous REST reader, whatever the query asks', async () => {
    const doc = await makeStatement(t.payload, {
      en: { title: 'REST probe, public in English' },
      ru: { title: 'Секретный черновик REST' },
      ruStatus: 'draft',
    })
    const hidden = await makeStatement(t.payload, { en: { title: 'Unpublished REST probe' }, enStatus: 'draft' })
    const list = await t.rest('/api/statements?draft=true&locale=ru-RU&limit=100')
    expect(list.status).toBe(200)
    const listText = await list.text()
    expect(listText).not.toContain('Секретный черновик REST')
    expect(listText).not.toContain('Unpublished REST probe')
    const one = await t.rest(`/api/statements/${doc.id}?draft=true&locale=ru-RU`)
    expect(await one.text()).not.toContain('Секретный черновик REST')
    const all = await t.rest(`/api/statements/${doc.id}?locale=all&draft=true`)
    expect(all.status).toBe(200)
    const allText = await all.text()
    expect(allText).toContain('REST probe, public in English')
    expect(allText).not.toContain('Секретный черновик REST')
    const draftOnly = await t.rest(`/api/statements/${hidden.id}?draft=true`)
    expect(draftOnly.status).toBeGreaterThanOrEqual(400)
    expect(await draftOnly.text()).not.toContain('Unpublished REST probe')
    const versions = await t.rest('/api/statements/versions?limit=100')
    expect(versions.status).toBe(403)
  })

  it('answers a REST or GraphQL reader who names no locale in the default language, published versions only', async () => {
    const doc = await makeStatement(t.payload, {
      en: { title: 'Read without a locale' },
      ru: { title: 'Черновик без локали' },
      ruStatus: 'draft',
    })
    const one = (await (await t.rest(`/api/statements/${doc.id}`)).json()) as { title?: string }
    expect(one.title).toBe('Read without a locale')
    const list = (await (await t.rest('/api/statements?limit=100&depth=0')).json()) as { docs: { title: string }[] }
    expect(list.docs.map((d) => d.title)).toContain('Read without a locale')
    expect(JSON.stringify(list)).not.toContain('Черновик без локали')
    const graphql = JSON.parse(await t.graphql('{ Statements(limit: 100) { docs { title } } }')) as { data: { Statements: { docs: { title: string }[] } } }
    expect(graphql.data.Statements.docs.map((d) => d.title)).toContain('Read without a locale')
    const topics = (await (await t.rest('/api/topics?limit=1')).json()) as { docs: { name?: string }[] }
    for (const topic of topics.docs) expect(typeof topic.name).toBe('string')
  })

  it('refuses a where clause that does not fit its field with 400 and the reason, and answers the fitting one', async () => {
    const speaker = await makePerson(t.payload, 'fitting-speaker', { name: 'Fitting Speaker', position: 'Spokesperson' })
    const doc = await makeStatement(t.payload, { en: { title: 'Said by the fitting speaker' }, speakers: [speaker.id] })
    const sql = t.payload.db.name !== 'mongoose'
    const refused: [string, RegExp][] = [
      // Through a link: the linked person's name is text, not a map point.
      ['where[speakers.name][near]=1,2', /near works on map points only, and speakers\.name is not one/],
      ['where[id][near][x]=1', /near works on map points only/],
      ['where[publishedAt][like]=2026', /like does not work on publishedAt, a date/],
      ['where[body][like]=water', /like does not work on body, structured text/],
      ['where[summary][equals][]=a&where[summary][equals][]=b', /takes one value, not a list/],
      ['where[slug][like]=%00', /NUL character/],
      ...(sql
        ? ([
            ['where[id][less_than_equal]=1.5', /id is compared with whole numbers/],
            // Payload's SQL adapters have no `all`.
            [`where[speakers][all]=${speaker.id}`, /all is not available on this database/],
          ] as [string, RegExp][])
        : ([['where[speakers][all]=', /all needs at least one value/]] as [string, RegExp][])),
    ]
    for (const [query, reason] of refused) {
      const res = await t.rest(`/api/statements?locale=en-GB&${query}`)
      expect(res.status, query).toBe(400)
      expect(await res.text(), query).toMatch(reason)
    }
    const fitting = [
      'where[speakers.name][like]=fitting',
      // What the admin's list filter sends for a field with several links: a list, with equals.
      `where[or][0][and][0][speakers][equals][0]=${speaker.id}`,
      `where[speakers][not_equals][0]=${speaker.id}`,
      ...(sql ? [] : [`where[speakers][all]=${speaker.id}`]),
      'where[publishedAt][greater_than]=2000-01-01',
      `where[id][less_than_equal]=${doc.id}`,
      `where[summary][in][]=&where[title][equals]=${encodeURIComponent('Said by the fitting speaker')}`,
    ]
    for (const query of fitting) {
      const res = await t.rest(`/api/statements?locale=en-GB&limit=100&depth=0&${query}`)
      expect(res.status, query).toBe(200)
    }
    for (const query of ['where[speakers.name][like]=fitting', `where[or][0][and][0][speakers][equals][0]=${speaker.id}`]) {
      const found = (await (await t.rest(`/api/statements?locale=en-GB&depth=0&${query}`)).json()) as { docs: { id: unknown }[] }
      expect(found.docs.map((d) => d.id), query).toEqual([doc.id])
    }
  })

  it('gives an anonymous REST reader no way around the published-only rule', async () => {
    const doc = await makeStatement(t.payload, {
      en: { title: 'Probe with a public English version', summary: '' },
      ru: { title: 'Черновик с санкциями', summary: 'Черновая сводка' },
      ruStatus: 'draft',
    })
    const leaks = [
      // Leaving _status out of the answer must not stop unpublished languages being removed.
      `/api/statements/${doc.id}?locale=all&draft=true&select[title]=true&select[summary]=true`,
      `/api/statements?locale=all&draft=true&select[_status]=false&limit=100`,
      // Another language's fallback must not fill empty fields.
      `/api/statements/${doc.id}?locale=ru-RU&fallback-locale=en-GB&draft=true`,
    ]
    for (const path of leaks) {
      const text = await (await t.rest(path)).text()
      expect(text, path).not.toContain('Черновик с санкциями')
      expect(text, path).not.toContain('Черновая сводка')
    }
    // Filtering on another language's values would reveal a draft word by word, as would counting them.
    for (const path of [
      `/api/statements?locale=en-GB&draft=true&where[title.ru-RU][like]=санкциями`,
      `/api/statements?locale=en-GB&where[searchStems][contains]=санкц`,
      `/api/statements?locale=en-GB&sort=title.ru-RU`,
      `/api/statements/count?locale=en-GB&where[title.ru-RU][like]=санкциями`,
      `/api/statements/count?locale=en-GB&where[searchStems][contains]=санкц`,
    ]) {
      const response = await t.rest(path)
      expect(response.status, path).toBe(400)
      expect(await response.text(), path).not.toContain('Probe with a public English version')
    }
    const graphqlCount = await t.graphql('{ countStatements(locale: en_GB, where: { searchStems: { contains: "санкц" } }) { totalDocs } }')
    expect(graphqlCount).toMatch(/search index cannot be queried/)
    expect(graphqlCount).not.toMatch(/"totalDocs":1/)
  })

  it('lets only an administrator or an editor of every language publish all languages at once', async () => {
    const doc = await makeStatement(t.payload, { en: { title: 'All-locales probe' }, ru: { title: 'Незаконченный перевод' }, ruStatus: 'draft' })
    await t.payload.create({ collection: 'users', data: { email: `first-${kind}@example.org`, password: 'first-password-1', roles: ['admin'] } }).catch(() => null)
    await t.payload.create({ collection: 'users', data: { email: `en-editor-${kind}@example.org`, password: 'editor-password-1', roles: ['editor'], languages: ['en-GB'] } })
    const login = await t.rest('/api/users/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: `en-editor-${kind}@example.org`, password: 'editor-password-1' }),
    })
    const { token } = (await login.json()) as { token: string }
    const response = await t.rest(`/api/statements/${doc.id}?locale=en-GB&publishAllLocales=true`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: '{}',
    })
    expect(response.status).toBe(403)
    const ru = await t.payload.find({ collection: 'statements', locale: 'ru-RU', overrideAccess: false, where: { id: { equals: doc.id } } })
    expect(ru.docs).toHaveLength(0)
  })

  it('never returns a draft to an anonymous GraphQL reader', async () => {
    await makeStatement(t.payload, {
      en: { title: 'GraphQL probe, public in English' },
      ru: { title: 'Секретный черновик GraphQL' },
      ruStatus: 'draft',
    })
    await makeStatement(t.payload, { en: { title: 'Unpublished GraphQL probe' }, enStatus: 'draft' })
    const ask = async (query: string) => {
      const answer = await t.graphql(query)
      expect(answer).toMatch(/"data"/)
      return answer
    }
    const ru = await ask('{ Statements(locale: ru_RU, draft: true, limit: 100) { docs { title } } }')
    expect(ru).not.toContain('Секретный черновик GraphQL')
    const en = await ask('{ Statements(locale: en_GB, draft: true, limit: 100) { docs { title } } }')
    expect(en).toContain('GraphQL probe, public in English')
    expect(en).not.toContain('Unpublished GraphQL probe')
    const versions = await ask('{ versionsStatements(limit: 100) { docs { version { title } } } }')
    expect(versions).not.toContain('Unpublished GraphQL probe')
  })

  it('keeps slugs unique within a locale and free across locales', async () => {
    await makeStatement(t.payload, { en: { title: 'Same words', slug: 'same-words' }, ru: { title: 'Те же слова', slug: 'same-words-ru' } })
    await expect(
      makeStatement(t.payload, { en: { title: 'Same words again', slug: 'same-words' } }),
    ).rejects.toThrow(/slug/i)
    // The same slug in another language is a different URL and is allowed.
    const other = await makeStatement(t.payload, { en: { title: 'Other', slug: 'other-statement' }, ru: { title: 'Другое', slug: 'same-words' } })
    expect(other.id).toBeDefined()
  })

  it('refuses to publish without a publication date, and says so', async () => {
    await expect(
      // @ts-expect-error publishedAt is missing on purpose: the write must be refused.
      t.payload.create({ collection: 'statements', locale: 'en-GB', data: { title: 'No date', kind: 'comment', _status: 'published' } }),
    ).rejects.toThrow(/Publication date/i)
    const draft = await t.payload.create({ collection: 'statements', locale: 'en-GB', draft: true, data: { title: 'Undated draft', kind: 'comment', _status: 'draft' } })
    expect(draft.id).toBeDefined()
  })
})
