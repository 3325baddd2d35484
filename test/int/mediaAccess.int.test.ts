import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testDatabaseKinds } from '../helpers/databases'
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

  it('serves it to anyone once an editor releases it', async () => {
    await t.payload.update({ collection: 'media', id, data: { public: true } })
    const response = await t.rest(`/api/media/file/${filename}`)
    expect(response.status).toBe(200)
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 8)).toEqual(png.subarray(0, 8))
  })
})
