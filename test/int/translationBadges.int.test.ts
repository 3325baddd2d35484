import type { Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { TranslationBadges } from '../../src/components/TranslationBadges'
import { testDatabaseKinds } from '../helpers/databases'
import { makeStatement } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

type CellProps = Parameters<typeof TranslationBadges>[0]

/** Counts the real queries of one collection made while `work` runs. */
const countingFinds = async (payload: Payload, collection: string, work: () => Promise<unknown>): Promise<number> => {
  const find = payload.find.bind(payload)
  let count = 0
  payload.find = ((args: Parameters<Payload['find']>[0]) => {
    if (args.collection === collection) count += 1
    return find(args)
  }) as Payload['find']
  try {
    await work()
  } finally {
    payload.find = find
  }
  return count
}

describe.each(testDatabaseKinds())('the translation badges of the admin statements list on %s', (kind) => {
  let t: TestPayload

  beforeAll(async () => {
    t = await startTestPayload(kind)
  })
  afterAll(async () => {
    await t?.destroy()
  })

  it('reads the records of a whole page of rows in one query, each row showing its own', async () => {
    const rows: { id: number | string }[] = []
    for (let i = 0; i < 6; i++) {
      rows.push(
        await makeStatement(t.payload, {
          en: { title: `Badge row ${i}`, slug: `badge-row-${i}` },
          ...(i % 2 === 0 ? { ru: { title: `Строка ${i}`, slug: `stroka-${i}` } } : {}),
          ruStatus: i % 4 === 0 ? 'published' : 'draft',
        }),
      )
    }
    const cell = (id: number | string) => ({ rowData: { id }, i18n: { language: 'en' }, payload: t.payload }) as unknown as CellProps
    const expected = await Promise.all(
      rows.map(async ({ id }) => {
        const { docs } = await t.payload.find({ collection: 'translations', where: { statement: { equals: id } }, sort: 'language', pagination: false, depth: 0 })
        return docs.map((doc) => `${doc.language}: ${doc.status}`)
      }),
    )
    expect(expected.flat().length).toBeGreaterThan(0)

    let cells: string[] = []
    const queries = await countingFinds(t.payload, 'translations', async () => {
      cells = await Promise.all(rows.map(async ({ id }) => renderToStaticMarkup(await TranslationBadges(cell(id)))))
    })
    expect(queries).toBe(1)
    cells.forEach((html, index) => {
      const shown = [...html.matchAll(/data-status="([^"]+)"[^>]*>([^<:]+):/g)].map(([, status, language]) => `${language}: ${status}`)
      expect(shown).toEqual(expected[index])
    })
  })
})
