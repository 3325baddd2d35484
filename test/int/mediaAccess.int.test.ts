import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalBody } from '../../src/seed/lexicalBody'
import { testDatabaseKinds } from '../helpers/databases'
import { makeStatement } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/** A 1×1 PNG. */
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

describe.each(testDatabaseKinds())('media files on %s', (kind) => {
  let t: TestPayload
  let id: number | string
  let filename: string

  beforeAll(async () => {
    t = await startTestPayload(kind)
    const name = `embargoed-map-${Date.now()}-${kind}.png`
    const doc = await t.payload.create({
      collection: 'media',
      locale: 'en-GB',
      data: { alt: 'Map of the new crossing' },
      file: { data: png, mimetype: 'image/png', name, size: png.length },
    })
    id = doc.id
    filename = doc.filename as string
  })
  afterAll(async () => {
    if (id !== undefined) await t?.payload.delete({ collection: 'media', id }).catch(() => {})
    await t?.destroy()
  })

  it('keeps a new upload from anonymous readers, by its file address and through the API', async () => {
    expect((await t.rest(`/api/media/file/${filename}`)).status).toBeGreaterThanOrEqual(400)
    expect((await t.rest(`/api/media/file/${filename}`)).status).toBeLessThan(500)
    const list = (await (await t.rest('/api/media?depth=0')).json()) as { docs: unknown[] }
    expect(list.docs).toHaveLength(0)
  })

  it('leaves it out of a published statement that embeds it', async () => {
    const body = lexicalBody([{ type: 'paragraph', text: 'The crossing opens in spring.' }])
    body.root.children.push({ type: 'upload', version: 3, format: '', id: 'aa11bb22cc33dd44ee55ff66', fields: null, relationTo: 'media', value: id })
    await makeStatement(t.payload, { en: { title: 'On the new crossing', slug: 'on-the-new-crossing' }, body: { en: body } })
    const page = await (await t.http('/en/statements/on-the-new-crossing')).text()
    expect(page).toContain('The crossing opens in spring.')
    expect(page).not.toContain(filename)
  })

  it('serves it to anyone once an editor releases it, on its own and in the statement', async () => {
    await t.payload.update({ collection: 'media', id, data: { public: true } })
    const response = await t.rest(`/api/media/file/${filename}`)
    expect(response.status).toBe(200)
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 8)).toEqual(png.subarray(0, 8))
    const page = await (await t.http('/en/statements/on-the-new-crossing')).text()
    expect(page).toContain(`/api/media/file/${filename}`)
    expect(page).toContain('alt="Map of the new crossing"')
  })
})
