import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { graphqlCostLimit } from '../../src/security/refuseCostlyGraphql'
import { testDatabaseKinds } from '../helpers/databases'
import { makePerson, makeStatement } from '../helpers/fixtures'
import { graphqlStandInForNext, listenFrontDoor } from '../helpers/frontDoor'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/** The attack as found: 240 aliased lists of 1,000 statements in one anonymous request, about 14 KB. */
const aliasedLists = Array.from({ length: 240 }, (_, i) => `a${i}: Statements(limit: 1000) { totalDocs }`).join(' ')

/** What an API client of the press office might ask in one go. */
const adminSized = `{ Statements(limit: 100, locale: en_GB, sort: "-publishedAt") {
  totalDocs hasNextPage
  docs { id title summary slug kind publishedAt speakers { name position } topics { name } }
} People(limit: 50) { docs { id name } } }`

describe.each(testDatabaseKinds())('GraphQL cost and time limits on %s', (kind) => {
  let t: TestPayload
  let front: Awaited<ReturnType<typeof listenFrontDoor>>
  /** GraphQL bodies that reached Payload's handler, past the front door. */
  const reached: string[] = []

  const post = (query: string, variables?: Record<string, unknown>) =>
    fetch(`${front.base}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query, variables }) })

  beforeAll(async () => {
    t = await startTestPayload(kind)
    const person = await makePerson(t.payload, 'costly-speaker', { name: 'Cost Speaker', position: 'Spokesperson' })
    for (let i = 0; i < 5; i++) await makeStatement(t.payload, { en: { title: `Costed statement ${i}` }, speakers: [person.id] })
    front = await listenFrontDoor({ payload: t.payload, pageCache: false, nextHandler: graphqlStandInForNext(t, { seen: (body) => reached.push(body) }) })
  })
  afterAll(async () => {
    front?.server.closeAllConnections()
    front?.server.close()
    await t?.destroy()
  })

  it('answers an admin-sized query', async () => {
    const answer = await post(adminSized)
    expect(answer.status).toBe(200)
    const body = (await answer.json()) as { data: { Statements: { totalDocs: number; docs: { speakers: { name: string }[] }[] } }; errors?: unknown }
    expect(body.errors).toBeUndefined()
    expect(body.data.Statements.totalDocs).toBe(5)
    expect(body.data.Statements.docs[0]?.speakers[0]?.name).toBe('Cost Speaker')
  })

  it('refuses 240 aliased lists at once, saying why, before Payload runs any, while a public page answers at once', async () => {
    const before = reached.length
    const started = performance.now()
    const [refused, page] = await Promise.all([
      post(`{ ${aliasedLists} }`).then(async (response) => ({ status: response.status, body: await response.text(), ms: performance.now() - started })),
      fetch(`${front.base}/en/`).then(async (response) => ({ status: response.status, ms: performance.now() - started, body: await response.text() })),
    ])
    expect(refused.status).toBe(400)
    expect(refused.body).toMatch(/would cost 240240; a request may cost at most 5000/)
    // Before costs counted limits, this request ran for 26 s with five statements, and the page waited for it.
    // The bounds leave room for a loaded CI machine; alone, both take well under half a second.
    expect(refused.ms).toBeLessThan(3000)
    expect(page.status).toBe(200)
    expect(page.ms).toBeLessThan(3000)
    expect(reached.length).toBe(before)
  })

  it('counts the default limit, variables with their defaults, fragments, and lists with no bound', async () => {
    // 600 lists of Payload's default 10 documents: 600 × 11.
    const defaults = Array.from({ length: 600 }, (_, i) => `d${i}: Statements { totalDocs }`).join(' ')
    expect((await post(`{ ${defaults} }`)).status).toBe(400)
    const viaVariable = Array.from({ length: 10 }, (_, i) => `v${i}: Statements(limit: $n) { totalDocs }`).join(' ')
    expect((await post(`query Q($n: Int = 1000) { ${viaVariable} }`)).status).toBe(400)
    expect((await post(`query Q($n: Int) { ${viaVariable} }`, { n: 1000 })).status).toBe(400)
    expect((await post(`query Q($n: Int) { ${viaVariable} }`, { n: 'many' })).status).toBe(400)
    const fragment = `fragment Many on Query { ${Array.from({ length: 10 }, (_, i) => `f${i}: Statements(limit: 1000) { totalDocs }`).join(' ')} }`
    expect((await post(`{ ...Many } ${fragment}`)).status).toBe(400)
    expect((await post('{ Statements(pagination: false) { totalDocs } }')).status).toBe(400)
    expect((await post('{ Statements(limit: 0) { totalDocs } }')).status).toBe(400)
    // Under the cap, the same shapes pass.
    const few = await post(`query Q($n: Int = 100) { ${viaVariable} }`)
    expect(few.status).toBe(200)
    expect(graphqlCostLimit).toBe(5000)
  })
})

describe('GraphQL time limit', () => {
  let t: TestPayload
  beforeAll(async () => {
    t = await startTestPayload('sqlite')
  })
  afterAll(async () => {
    await t?.destroy()
  })

  it('answers 503 with the reason once a GraphQL request runs past its time, and ignores what comes after', async () => {
    let lateAnswerSent = false
    let markLateAnswer: (() => void) | undefined
    const lateAnswer = new Promise<void>((resolve) => (markLateAnswer = resolve))
    const { server, base } = await listenFrontDoor({
      payload: t.payload,
      graphqlTimeLimitMs: 300,
      // Stands in for a query that runs on: it answers only long after the limit.
      nextHandler: async (_req, res) => {
        await new Promise((resolve) => setTimeout(resolve, 3000))
        res.status(200).type('application/json').send('{"data":{}}')
        lateAnswerSent = true
        markLateAnswer?.()
      },
    })
    try {
      const answer = await fetch(`${base}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"query":"{ Statements { totalDocs } }"}' })
      // The limit answered, not the query.
      expect(lateAnswerSent).toBe(false)
      expect(answer.status).toBe(503)
      expect(answer.headers.get('retry-after')).toBe('1')
      expect(await answer.text()).toMatch(/ran for more than 0.3 s and was stopped/)
      await lateAnswer
      // The server is whole: the next request is answered.
      expect((await fetch(`${base}/healthz`)).status).toBe(200)
    } finally {
      server.closeAllConnections()
      server.close()
    }
  })
})
