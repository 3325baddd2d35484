import { get as httpGet, type Server } from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testDatabaseKinds } from '../helpers/databases'
import { makePerson, makeStatement, makeTopic } from '../helpers/fixtures'
import { listenFrontDoor, restStandInForNext } from '../helpers/frontDoor'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/**
 * The front door answers these anonymous reads from the public read model;
 * Payload's REST handler, called directly, is the reference. Same status,
 * same JSON (fields, order, totals, pagination), and none reaches Payload.
 */
describe.each(testDatabaseKinds().filter((kind) => kind !== 'mongodb'))('anonymous REST reads from the read model on %s', (kind) => {
  let t: TestPayload
  let server: Server
  let base: string
  const reachedPayload: string[] = []
  let ids: (number | string)[] = []
  let topicIds: (number | string)[] = []
  let personIds: (number | string)[] = []

  const queries = () => {
    const lists = ['locale=en-GB&', 'locale=ru-RU&', ''].flatMap((locale) => [
      `/api/statements?${locale}depth=0`,
      `/api/statements?${locale}depth=0&limit=2`,
      `/api/statements?${locale}depth=0&limit=2&page=2`,
      `/api/statements?${locale}depth=0&limit=2&page=4`,
      `/api/statements?${locale}depth=0&limit=3&page=99`,
      `/api/statements?${locale}depth=0&limit=100&sort=-publishedAt&draft=false`,
      `/api/statements?${locale}depth=0&where[kind][equals]=briefing`,
      `/api/statements?${locale}depth=0&where[kind][equals]=speech`,
      `/api/statements?${locale}depth=0&limit=1&page=2&where[topics][equals]=${topicIds[0]}`,
      `/api/statements?${locale}depth=0&where[speakers][equals]=${personIds[1]}`,
      `/api/statements?${locale}depth=0&where[topics][equals]=${topicIds[1]}&where[speakers][equals]=${personIds[0]}&where[kind][equals]=comment`,
      `/api/statements/count?${locale}`,
      `/api/statements/count?${locale}where[kind][equals]=briefing`,
      `/api/statements/count?${locale}where[topics][equals]=${topicIds[0]}`,
      ...ids.map((id) => `/api/statements/${id}?${locale}depth=0`),
    ])
    return [...lists, '/api/statements/999999?depth=0']
  }

  const compareAll = async () => {
    const before = reachedPayload.length
    for (const path of queries()) {
      const [ours, theirs] = await Promise.all([fetch(base + path), t.rest(path)])
      const [ourBody, theirBody] = await Promise.all([ours.text(), theirs.text()])
      expect({ path, status: ours.status }).toEqual({ path, status: theirs.status })
      expect({ path, body: JSON.parse(ourBody) }).toEqual({ path, body: JSON.parse(theirBody) })
      expect(ours.headers.get('content-type')).toMatch(/^application\/json/)
    }
    expect(reachedPayload.slice(before)).toEqual([])
  }

  beforeAll(async () => {
    t = await startTestPayload(kind)
    const people = [await makePerson(t.payload, 'anna-lind', { name: 'Anna Lind', position: 'Spokeswoman' }, { name: 'Анна Линд', position: 'Официальный представитель' }), await makePerson(t.payload, 'oleg-ivanov', { name: 'Oleg Ivanov', position: 'Minister' })]
    const topics = [await makeTopic(t.payload, 'water', 'Water', 'Вода'), await makeTopic(t.payload, 'trade', 'Trade')]
    personIds = people.map((person) => person.id)
    topicIds = topics.map((topic) => topic.id)
    const made = [
      // Both languages published; the same date as the next two, so Payload's second key (creation) decides.
      await makeStatement(t.payload, { en: { title: 'On water rights', summary: 'Rivers.' }, ru: { title: 'О правах на воду' }, kind: 'briefing', speakers: [personIds[0]!], topics: [topicIds[0]!] }),
      await makeStatement(t.payload, { en: { title: 'On trade, English only' }, ru: { title: 'О торговле, черновик' }, ruStatus: 'draft', kind: 'comment', speakers: [personIds[0]!, personIds[1]!], topics: [topicIds[1]!, topicIds[0]!] }),
      await makeStatement(t.payload, { en: { title: 'English draft' }, ru: { title: 'Только по-русски' }, enStatus: 'draft', kind: 'speech', speakers: [personIds[1]!] }),
      await makeStatement(t.payload, { en: { title: 'Entirely a draft' }, enStatus: 'draft', kind: 'briefing' }),
      await makeStatement(t.payload, { en: { title: 'Earlier briefing' }, ru: { title: 'Более ранний брифинг' }, kind: 'briefing', publishedAt: '2026-10-01T09:00:00.000Z', topics: [topicIds[0]!] }),
      await makeStatement(t.payload, { en: { title: 'Latest comment', summary: 'Newest.' }, ru: { title: 'Последний комментарий' }, kind: 'comment', publishedAt: '2026-11-30T18:45:00.000Z', speakers: [personIds[1]!], topics: [topicIds[1]!] }),
      await makeStatement(t.payload, { en: { title: 'Another speech' }, kind: 'speech', publishedAt: '2026-11-25T10:00:00.000Z', speakers: [personIds[0]!] }),
    ]
    ids = made.map((doc) => doc.id)
    const rest = restStandInForNext(t)
    ;({ server, base } = await listenFrontDoor({
      payload: t.payload,
      apiCache: false,
      nextHandler: (req, res) => {
        reachedPayload.push(req.url ?? '')
        return rest(req, res)
      },
    }))
  })
  afterAll(async () => {
    server?.closeAllConnections()
    server?.close()
    await t?.destroy()
  })

  it('answers lists, counts and single statements exactly as Payload does, published languages only, without reaching Payload', async () => {
    await compareAll()
    // What is unpublished is in neither answer.
    const ru = await (await fetch(`${base}/api/statements?locale=ru-RU&depth=0&limit=100`)).text()
    expect(ru).not.toContain('черновик')
    expect(ru).toContain('Только по-русски')
    expect((await fetch(`${base}/api/statements/${ids[1]}?locale=ru-RU&depth=0`)).status).toBe(404)
  })

  it('stays equal to Payload after a draft is saved over a published version, an edit is published and a language unpublished', async () => {
    await t.payload.update({ collection: 'statements', id: ids[0]!, locale: 'en-GB', draft: true, data: { title: 'On water rights, a draft rewording' } })
    await t.payload.update({ collection: 'statements', id: ids[5]!, locale: 'ru-RU', data: { title: 'Последний комментарий, исправленный', _status: 'published' } })
    await t.payload.update({ collection: 'statements', id: ids[4]!, locale: 'ru-RU', data: { _status: 'draft' } })
    await compareAll()
    const en = await (await fetch(`${base}/api/statements?locale=en-GB&depth=0&limit=100`)).text()
    expect(en).not.toContain('a draft rewording')
  })

  it('answers a conditional read with 304, and describes the API at /openapi.json', async () => {
    const path = `/api/statements?locale=en-GB&depth=0&limit=2&where[kind][equals]=comment`
    const first = await fetch(base + path)
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^"/)
    const status = await new Promise<number>((resolve, reject) => {
      httpGet(base + path, { headers: { 'If-None-Match': etag as string } }, (response) => {
        response.resume()
        resolve(response.statusCode ?? 0)
      }).on('error', reject)
    })
    expect(status).toBe(304)
    const description = (await (await fetch(`${base}/openapi.json`)).json()) as { openapi: string; paths: Record<string, { get: { parameters: { name: string; schema: { enum?: unknown[] } }[] } }> }
    expect(description.openapi).toBe('3.1.0')
    expect(Object.keys(description.paths)).toEqual(['/api/statements', '/api/statements/count', '/api/statements/{id}'])
    const locale = description.paths['/api/statements']!.get.parameters.find((parameter) => parameter.name === 'locale')
    expect(locale?.schema.enum).toEqual(['en-GB', 'ru-RU'])
  })

  it('leaves every other query to Payload', async () => {
    for (const path of ['/api/statements?locale=all&depth=0', '/api/statements?locale=en-GB', '/api/statements?locale=en-GB&depth=0&sort=title', '/api/statements?depth=0&where[title][like]=water', '/api/statements?depth=0&limit=101']) {
      const before = reachedPayload.length
      await (await fetch(base + path)).text()
      expect(reachedPayload.slice(before)).toEqual([path])
    }
  })
})
