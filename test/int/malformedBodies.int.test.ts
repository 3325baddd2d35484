import { request, type Server } from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testDatabaseKinds } from '../helpers/databases'
import { makeStatement } from '../helpers/fixtures'
import { listenFrontDoor, restStandInForNext } from '../helpers/frontDoor'
import { malformedBodies, type MalformedBody } from '../helpers/malformedBodies'
import { createStaff } from '../helpers/staff'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

const marker = 'UNPUBLISHED-MARKER-b41c'
const corpusSize = 1500
const concurrency = 4
const maxBodyBytes = 256 * 1024

type Answer = { status: number; body: string }

/** Sends a generated write byte for byte through node:http, streamed without a length when `chunked`. */
const send = (port: number, item: MalformedBody, headers: Record<string, string>): Promise<Answer> =>
  new Promise((resolve) => {
    let answered = false
    const length = item.chunked ? { 'Transfer-Encoding': 'chunked' } : { 'Content-Length': String(item.body.length) }
    const req = request({ host: '127.0.0.1', port, path: item.path, method: item.method, headers: { ...item.headers, ...headers, ...length } }, (response) => {
      answered = true
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }))
    })
    // The server may close the connection on a body it refused while the rest is still being sent.
    req.on('error', (error) => {
      if (!answered) resolve({ status: 0, body: `request failed: ${error.message}` })
    })
    if (!item.chunked) return void req.end(item.body)
    for (let at = 0; at < item.body.length; at += 16 * 1024) req.write(item.body.subarray(at, at + 16 * 1024))
    req.end()
  })

describe.each(testDatabaseKinds())('malformed request bodies on %s', (kind) => {
  let t: TestPayload
  let server: Server
  let port: number
  let editorToken: string
  const ids = { id: '', draftId: '' }

  beforeAll(async () => {
    t = await startTestPayload(kind)
    const published = await makeStatement(t.payload, { en: { title: 'Published statement', slug: 'published' }, ru: { title: 'Опубликовано', slug: 'opublikovano' } })
    const draft = await makeStatement(t.payload, {
      en: { title: `Draft ${marker}`, slug: 'draft-statement', summary: marker, text: marker },
      ru: { title: `Черновик ${marker}`, slug: 'chernovik', text: marker },
      enStatus: 'draft',
      ruStatus: 'draft',
    })
    // Published in both languages, then the Russian one unpublished: its text stays in the published document.
    const half = await makeStatement(t.payload, { en: { title: 'Half published', slug: 'half-published' }, ru: { title: `Снято ${marker}`, slug: 'snyato', text: marker } })
    await t.payload.update({ collection: 'statements', id: half.id, locale: 'ru-RU', data: { _status: 'draft' } })
    expect(JSON.stringify(await t.payload.db.findOne({ collection: 'statements', where: { id: { equals: half.id } }, locale: 'all' }))).toContain(marker)
    ids.id = String(published.id)
    ids.draftId = String(draft.id)
    await createStaff(t, { editor: { roles: ['editor'], languages: ['en-GB', 'ru-RU'] } })
    const login = await t.rest('/api/users/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'editor@example.org', password: 'editor-password-1' }) })
    editorToken = ((await login.json()) as { token: string }).token
    ;({ server, port } = await listenFrontDoor({ payload: t.payload, nextHandler: restStandInForNext(t), maxBodyBytes, authAttemptsPerWindow: 1_000_000 }))
  })
  afterAll(async () => {
    server?.closeAllConnections()
    server?.close()
    await t?.destroy()
  })

  it(`answers ${corpusSize} generated malformed writes with a reasoned 4xx or success, never a 5xx, and never shows or publishes a draft`, async () => {
    const corpus = malformedBodies(20261128, corpusSize, maxBodyBytes + 100_000)
    const failures: string[] = []
    let next = 0
    const worker = async () => {
      while (next < corpus.length) {
        const item = corpus[next++] as MalformedBody
        // An editor may publish what they write to; their writes go to the published statement, never to the draft.
        const path = (item.asEditor ? item.path.replace('{draftId}', '{id}').replace('draft-statement', 'published') : item.path)
          .replace('{id}', ids.id)
          .replace('{draftId}', ids.draftId)
        const { status, body } = await send(port, { ...item, path }, item.asEditor ? { Authorization: `JWT ${editorToken}` } : {})
        const where = `${item.asEditor ? 'editor' : 'anonymous'} ${item.method} ${path} ${item.headers['Content-Type'] ?? '(no type)'} ${item.chunked ? 'chunked' : ''} ${item.body.subarray(0, 120).toString('latin1')}`
        if (status >= 500 || status === 0) failures.push(`${status} ${where} -> ${body.slice(0, 200)}`)
        else if (status >= 400 && !/"message":"[^"]+"/.test(body)) failures.push(`${status} without a reason: ${where} -> ${body.slice(0, 200)}`)
        else if (!item.asEditor && body.includes(marker)) failures.push(`draft shown: ${where}`)
      }
    }
    await Promise.all(Array.from({ length: concurrency }, worker))
    expect(failures.slice(0, 20), `${failures.length} failures`).toEqual([])

    // Nothing an anonymous visitor sent published the drafts.
    for (const path of ['/en/statements/draft-statement', '/ru/statements/chernovik', '/ru/statements/snyato']) {
      expect((await t.http(path)).status, path).toBe(404)
    }
    for (const locale of ['all', 'en-GB', 'ru-RU']) {
      expect(await (await t.rest(`/api/statements?locale=${locale}&limit=0&draft=true`)).text()).not.toContain(marker)
    }
  })
})
