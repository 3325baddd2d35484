import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { Media } from '../../collections/Media'
import { testDatabaseKinds } from '../helpers/databases'
import { listenFrontDoor, restStandInForNext } from '../helpers/frontDoor'
import { multipartUpload } from '../helpers/multipartUpload'
import { createStaff } from '../helpers/staff'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/** A 1×1 PNG. */
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
const mediaDir = (Media.upload as { staticDir: string }).staticDir

type Answer = { status: number; text: string; json: { errors?: { message?: string }[]; doc?: { id: number | string; filename: string } } }

describe.each(testDatabaseKinds())('upload attacks through the front door on %s', (kind) => {
  let t: TestPayload
  let server: Server
  let base: string
  let editorToken: string
  // Every file name in this run carries it, so files left by other test files are told apart.
  const marker = `attack-${kind}-${randomBytes(4).toString('hex')}`
  const uploaded: (number | string)[] = []

  const upload = async (filename: string, contentType: string, content: Buffer, fields: Record<string, unknown> = {}): Promise<Answer> => {
    const { body, contentType: type } = multipartUpload({ filename, contentType, content, fields: { alt: 'An upload under attack', ...fields } })
    const response = await fetch(`${base}/api/media`, { method: 'POST', headers: { 'Content-Type': type, Authorization: `JWT ${editorToken}` }, body })
    const text = await response.text()
    return { status: response.status, text, json: JSON.parse(text) as Answer['json'] }
  }
  const filesOnDisk = (name: string) => (existsSync(mediaDir) ? readdirSync(mediaDir).filter((file) => file.includes(name)) : [])
  const mediaDocs = async (name: string) =>
    (await t.payload.find({ collection: 'media', where: { filename: { contains: name } }, overrideAccess: true, limit: 0 })).docs

  /** A refusal: a 4xx whose reasons (Payload puts a field's reason under data) match, and nothing named `name` stored. */
  const expectRefused = async (answer: Answer, reason: RegExp, name: string) => {
    expect(answer.status).toBeGreaterThanOrEqual(400)
    expect(answer.status).toBeLessThan(500)
    expect(answer.json.errors?.[0]?.message).toBeTruthy()
    expect(answer.text).toMatch(reason)
    expect(await mediaDocs(name)).toHaveLength(0)
    expect(filesOnDisk(name)).toEqual([])
  }

  beforeAll(async () => {
    t = await startTestPayload(kind)
    await createStaff(t, { editor: { roles: ['editor'], languages: ['en-GB', 'ru-RU'] } })
    const login = await t.rest('/api/users/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'editor@example.org', password: 'editor-password-1' }) })
    editorToken = ((await login.json()) as { token: string }).token
    ;({ server, base } = await listenFrontDoor({ payload: t.payload, nextHandler: restStandInForNext(t), authAttemptsPerWindow: 1_000_000 }))
  })
  afterAll(async () => {
    for (const id of uploaded) await t?.payload.delete({ collection: 'media', id, overrideAccess: true }).catch(() => {})
    server?.closeAllConnections()
    server?.close()
    await t?.destroy()
  })

  it('accepts a real PNG from an editor, so the refusals below are about the file', async () => {
    const answer = await upload(`${marker}-real.png`, 'image/png', png)
    expect(answer.status).toBe(201)
    uploaded.push(answer.json.doc!.id)
    expect(existsSync(path.join(mediaDir, answer.json.doc!.filename))).toBe(true)
    await t.payload.delete({ collection: 'media', id: answer.json.doc!.id, overrideAccess: true })
    uploaded.pop()
  })

  it('refuses an SVG carrying a script, whatever type it claims', async () => {
    const svg = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>`)
    await expectRefused(await upload(`${marker}-logo.svg`, 'image/svg+xml', svg), /harmful content/, `${marker}-logo`)
    await expectRefused(await upload(`${marker}-logo2.png`, 'image/png', svg), /harmful content/, `${marker}-logo2`)
  })

  it.each([
    ['well-formed HTML', `<!doctype html><html><body><script>fetch('/api/users/me')</script></body></html>`],
    ['a bare script', `<script>alert(1)</script>`],
    ['HTML that is not XML', `<!doctype html><p>Hello<br><img src=x onerror=alert(1)><script>alert(2)</script>`],
    ['plain text', `just some text, no image here`],
  ])('refuses %s renamed .png and sent as image/png', async (what, content) => {
    const name = `${marker}-${what.replaceAll(' ', '-')}`
    await expectRefused(await upload(`${name}.png`, 'image/png', Buffer.from(content)), /Invalid MIME type: application\/xml|File type text\/plain \(from extension png\) is not allowed/, name)
  })

  it('refuses a PDF name on a file that is not a PDF', async () => {
    const pdf = Buffer.from('<html>not a pdf</html>')
    await expectRefused(await upload(`${marker}-report.pdf`, 'application/pdf', pdf), /is not allowed|Invalid MIME type/, `${marker}-report`)
  })

  it.each([
    ['../', 'up', 'cut to its base name', (m: string) => `../../${m}.png`],
    ['an absolute path', 'abs', 'cut to its base name', (m: string) => `/tmp/${m}.png`],
    ['backslashes', 'back', 'cut to its base name', (m: string) => `..\\..\\${m}.png`],
    ['a NUL byte', 'nul', 'refused', (m: string) => `${m}\u0000.png`],
    ['a NUL byte before ../', 'nulup', 'refused', (m: string) => `${m}\u0000/../../${m}.png`],
  ])('never writes outside the upload directory for a name with %s: %s', async (_what, tag, outcome, name) => {
    const own = `${marker}-${tag}`
    const filename = name(own)
    const answer = await upload(filename, 'image/png', png)
    expect(answer.status).toBeLessThan(500)
    // Outside the media directory, where the raw name points, nothing was written.
    const outside = path.resolve(mediaDir, filename.replaceAll('\\', '/').replaceAll('\u0000', ''))
    if (!outside.startsWith(mediaDir + path.sep)) expect(existsSync(outside)).toBe(false)
    if (outcome === 'refused') {
      await expectRefused(answer, /"message":"[^"]+"/, own)
      return
    }
    expect(answer.status).toBe(201)
    // Accepted: the name was cut to a plain file name inside the media directory.
    const stored = answer.json.doc!.filename
    uploaded.push(answer.json.doc!.id)
    expect(stored).toBe(`${own}.png`)
    expect(path.dirname(path.resolve(mediaDir, stored))).toBe(mediaDir)
    expect(existsSync(path.join(mediaDir, stored))).toBe(true)
  })

  it('refuses a filename field with ../ in the document data', async () => {
    const own = `${marker}-field`
    const answer = await upload(`${own}.png`, 'image/png', png, { filename: `../../${own}-escaped.png` })
    expect(existsSync(path.resolve(mediaDir, `../../${own}-escaped.png`))).toBe(false)
    await expectRefused(answer, /Invalid filename/, own)
  })

  it('refuses a url field with a 400 and never fetches it, even for a private address', async () => {
    let fetched = 0
    const target = createServer((_req, res) => {
      fetched += 1
      res.writeHead(200, { 'Content-Type': 'image/png' }).end(png)
    })
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', () => resolve()))
    const port = (target.address() as { port: number }).port
    try {
      const own = `${marker}-pasted`
      for (const url of [`http://127.0.0.1:${port}/${own}.png`, `/api/media/file/${own}.png`]) {
        const json = await fetch(`${base}/api/media`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `JWT ${editorToken}` },
          body: JSON.stringify({ alt: 'Pasted', filename: `${own}.png`, url }),
        })
        const text = await json.text()
        await expectRefused({ status: json.status, text, json: JSON.parse(text) as Answer['json'] }, /url/, own)
        expect(json.status).toBe(400)
      }
      // The same field beside a real file in a multipart upload.
      const multipart = await upload(`${own}.png`, 'image/png', png, { url: `http://127.0.0.1:${port}/${own}.png` })
      expect(multipart.status).toBe(400)
      await expectRefused(multipart, /url/, own)
      // GraphQL cannot carry a file: a create there is only ever a fetch.
      const graphql = await t.graphql(
        `mutation { createMedia(data: { alt: "Pasted", filename: "${own}.png", url: "http://127.0.0.1:${port}/${own}.png" }) { id } }`,
        { Authorization: `JWT ${editorToken}` },
      )
      expect(graphql).toMatch(/does not fetch files from addresses/)
      expect(await mediaDocs(own)).toHaveLength(0)
      expect(fetched).toBe(0)
    } finally {
      target.close()
    }
  })

  it('refuses a file over the upload limit with a 413 that names the limit', async () => {
    const big = Buffer.concat([png, Buffer.alloc(11 * 1024 * 1024)])
    const answer = await upload(`${marker}-big.png`, 'image/png', big)
    expect(answer.status).toBe(413)
    expect(answer.json.errors?.[0]?.message).toBe('File too large: the limit is 10 MB (10485760 bytes)')
    await expectRefused(answer, /limit/, `${marker}-big`)
  })

  it('refuses a body over the front door limit with a 413 that names the limit', async () => {
    const huge = Buffer.concat([png, Buffer.alloc(13 * 1024 * 1024)])
    const answer = await upload(`${marker}-huge.png`, 'image/png', huge)
    expect(answer.status).toBe(413)
    expect(answer.json.errors?.[0]?.message).toBe('Request body too large: the limit is 12582912 bytes')
    await expectRefused(answer, /limit/, `${marker}-huge`)
  })
})
