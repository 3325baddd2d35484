import { request, type Server } from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testDatabaseKinds } from '../helpers/databases'
import { makeStatement } from '../helpers/fixtures'
import { listenFrontDoor, restStandInForNext } from '../helpers/frontDoor'
import { malformedRequests, type MalformedRequest } from '../helpers/malformedRequests'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

const marker = 'UNPUBLISHED-MARKER-7f3a'
const corpusSize = 5000
const concurrency = 4

/** A GET with the path sent exactly as written: fetch() would resolve dot segments first. */
const rawGet = (port: number, path: string): Promise<{ status: number; body: string }> =>
  new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, method: 'GET' }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }))
    })
      .on('error', reject)
      .end()
  })

/**
 * A refusal says why: the API in a JSON message, a public page with a heading
 * and a sentence, in the language its URL names (English when it names none);
 * a request Node cannot parse, a sentence in both.
 */
const explainsRefusal = (item: MalformedRequest, status: number, body: string): boolean => {
  // Node itself refuses an address past its header limit, before there is a request to route.
  if (status === 431) return /too long/.test(body)
  if (item.via === 'rest') return /"message":"[^"]+"/.test(body)
  const page = /<html lang="([^"]+)".*<h1 class="page-title">([^<]+)<\/h1><p>[^<]+<\/p>/s.exec(body)
  if (!page) return false
  const prefix = /^\/(en|ru)\//.exec(item.path)?.[1]
  if (prefix === 'ru') return page[1] === 'ru-RU' && /[а-яё]/i.test(page[2] ?? '')
  return prefix === 'en' ? page[1] === 'en-GB' : true
}

describe.each(testDatabaseKinds())('malformed requests on %s', (kind) => {
  let t: TestPayload
  let server: Server
  let port: number

  beforeAll(async () => {
    t = await startTestPayload(kind)
    await makeStatement(t.payload, { en: { title: 'Published statement', slug: 'published' }, ru: { title: 'Опубликовано', slug: 'opublikovano' } })
    // Published in both languages, then the Russian one unpublished: its text stays in the published
    // document, marked unpublished, so locale=all must leave it out.
    const half = await makeStatement(t.payload, { en: { title: 'Half published', slug: 'half-published' }, ru: { title: `Снято ${marker}`, slug: 'snyato', text: marker } })
    await t.payload.update({ collection: 'statements', id: half.id, locale: 'ru-RU', data: { _status: 'draft' } })
    // The marker is there to leak: the published document in the database holds it.
    expect(JSON.stringify(await t.payload.db.findOne({ collection: 'statements', where: { id: { equals: half.id } }, locale: 'all' }))).toContain(marker)
    await makeStatement(t.payload, {
      en: { title: `Draft ${marker}`, slug: 'draft-statement', summary: marker, text: marker },
      ru: { title: `Черновик ${marker}`, slug: 'chernovik', text: marker },
      enStatus: 'draft',
      ruStatus: 'draft',
    })
    ;({ server, port } = await listenFrontDoor({ payload: t.payload, nextHandler: restStandInForNext(t) }, { explainErrors: true }))
  })
  afterAll(async () => {
    server?.closeAllConnections()
    server?.close()
    await t?.destroy()
  })

  it(`answers ${corpusSize} generated malformed requests without a 5xx and without leaking a draft`, async () => {
    // The marker is there to leak: staff reading drafts see it.
    const drafts = await t.payload.find({ collection: 'statements', draft: true, locale: 'en-GB', where: { slug: { equals: 'draft-statement' } } })
    expect(drafts.docs[0]?.title).toContain(marker)
    const corpus = malformedRequests(20261128, corpusSize)
    const failures: string[] = []
    let next = 0
    const worker = async () => {
      while (next < corpus.length) {
        const item = corpus[next++] as MalformedRequest
        const { status, body } = await rawGet(port, item.path).catch((error: Error) => ({ status: 0, body: `request failed: ${error.message}` }))
        if (status >= 500 || status === 0) failures.push(`${status} ${item.via} ${item.path.slice(0, 300)} ${body.slice(0, 200)}`)
        else if (status >= 400 && !explainsRefusal(item, status, body)) failures.push(`${status} without a reason in the visitor's language: ${item.via} ${item.path.slice(0, 300)} ${body.slice(0, 200)}`)
        else if (body.includes(marker)) failures.push(`leaked draft: ${item.via} ${item.path.slice(0, 300)}`)
        else if (item.refused && status < 400) failures.push(`${status} to a query on what its reader may not see: ${item.path.slice(0, 300)}`)
      }
    }
    await Promise.all(Array.from({ length: concurrency }, worker))
    expect(failures.slice(0, 20), `${failures.length} failures`).toEqual([])
  })
})
