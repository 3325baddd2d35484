import type { Server } from 'node:http'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testDatabaseKinds } from '../helpers/databases'
import { makeStatement } from '../helpers/fixtures'
import { seededRandom } from '../helpers/seededRandom'
import { listenFrontDoor, restStandInForNext } from '../helpers/frontDoor'
import { createStaff } from '../helpers/staff'
import { startTestPayload, type TestPayload, testServerUrl } from '../helpers/testPayload'
import { waitUntil } from '../helpers/waitUntil'

const onPostgres = testDatabaseKinds().includes('postgres')
const title = onPostgres
  ? 'publishes acknowledged while PostgreSQL connections are killed'
  : 'publishes acknowledged while PostgreSQL connections are killed (skipped: set POSTGRES_URI to run it against a real PostgreSQL)'

/**
 * A save answered 200 must be stored, whatever happens to the database
 * connection on the way: a commit that fails is an error (503), never a
 * success. PostgreSQL loses connections on restarts and failovers, and
 * `pg_terminate_backend` does it on demand.
 */
describe.skipIf(!onPostgres)(title, () => {
  let t: TestPayload
  let server: Server
  let base: string
  let admin: pg.Client
  let databaseName: string
  let token: string

  const publish = async (id: number | string, newTitle: string) => {
    const response = await fetch(`${base}/api/statements/${id}?locale=en-GB`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ title: newTitle, _status: 'published' }),
      signal: AbortSignal.timeout(30_000),
    })
    return { status: response.status, body: await response.text() }
  }
  const storedTitle = async (id: number | string) =>
    (await t.payload.findByID({ collection: 'statements', id, locale: 'en-GB', fallbackLocale: false, draft: false, depth: 0 })).title
  const terminateOneBackend = async () => {
    const { rowCount } = await admin.query(
      'SELECT pg_terminate_backend(pid) FROM (SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() ORDER BY random() LIMIT 1) AS one',
      [databaseName],
    )
    return rowCount ?? 0
  }

  beforeAll(async () => {
    t = await startTestPayload('postgres')
    databaseName = new URL(t.database.uri).pathname.slice(1)
    ;({ server, base } = await listenFrontDoor({ payload: t.payload, serverUrl: testServerUrl, pageCache: false, apiCache: false, nextHandler: restStandInForNext(t) }))
    await createStaff(t, {})
    const login = await t.rest('/api/users/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'admin@example.org', password: 'admin-password-1' }) })
    token = ((await login.json()) as { token: string }).token
    admin = new pg.Client({ connectionString: t.database.uri })
    await admin.connect()
  })
  afterAll(async () => {
    await admin?.end().catch(() => {})
    server?.closeAllConnections()
    await new Promise((resolve) => server?.close(resolve))
    await t?.destroy()
  })

  it('answers 503, not 200, when the connection dies while the publish commits, and keeps the old version', async () => {
    const { id } = await makeStatement(t.payload, { en: { title: 'Published before the commit failed', slug: 'published-before-the-commit-failed' } })
    // PostgreSQL itself ends the connection at COMMIT, after every write of the save went through.
    await admin.query(`
      CREATE FUNCTION die_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.title = 'Dies at commit' THEN PERFORM pg_terminate_backend(pg_backend_pid()); END IF;
        RETURN NULL;
      END $$;
      CREATE CONSTRAINT TRIGGER die_at_commit AFTER INSERT OR UPDATE ON statements_locales
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION die_at_commit();
    `)
    try {
      const answer = await publish(id, 'Dies at commit')
      expect(answer.status, answer.body).toBe(503)
      expect(answer.body).not.toMatch(/Dies at commit|terminat|stack/i)
    } finally {
      await admin.query('DROP TRIGGER die_at_commit ON statements_locales; DROP FUNCTION die_at_commit()')
    }
    expect(await storedTitle(id)).toBe('Published before the commit failed')
    // The pool replaced the connection: the next publish lands.
    expect((await publish(id, 'Published after the failed commit')).status).toBe(200)
    expect(await storedTitle(id)).toBe('Published after the failed commit')
  })

  it('stores every publish it acknowledged while every connection is killed again and again', async () => {
    const statements = 8
    const rounds = 16
    const ids = await Promise.all(
      Array.from({ length: statements }, async (_, n) => (await makeStatement(t.payload, { en: { title: `Statement ${n} round 0`, slug: `killed-mid-save-${n}` } })).id),
    )
    let settled = false
    // Each statement is published round after round; the statements in parallel.
    const answers = Promise.all(
      ids.map(async (id, n) => {
        const statuses: number[] = []
        for (let round = 1; round <= rounds; round++) statuses.push((await publish(id, `Statement ${n} round ${round}`)).status)
        return statuses
      }),
    ).finally(() => {
      settled = true
    })
    // One of the app's connections at a time, at random moments: some saves lose theirs part-way, others go through.
    const random = seededRandom(9)
    let terminated = 0
    while (!settled) {
      terminated += await terminateOneBackend()
      await new Promise((resolve) => setTimeout(resolve, random.int(20, 200)))
    }
    const statuses = await answers

    await waitUntil('the database to answer again', async () => Boolean(await t.payload.count({ collection: 'statements' }).catch(() => false)), { timeoutMs: 10_000 })
    const all = statuses.flat()
    expect(terminated).toBeGreaterThan(0)
    // 403: Payload's sign-in check treats a lookup that lost its connection as no user (not this test's subject).
    expect(all.filter((status) => ![200, 403, 503].includes(status)), String(all)).toEqual([])
    expect(all.filter((status) => status === 200).length, 'some publishes were acknowledged').toBeGreaterThan(0)
    expect(all.filter((status) => status === 503).length, 'some publishes lost their connection').toBeGreaterThan(0)
    const lost: string[] = []
    for (const [n, id] of ids.entries()) {
      // Every acknowledged publish left its version (fewer than maxPerDoc here, so none was pruned)...
      const versions = await t.payload.findVersions({ collection: 'statements', where: { parent: { equals: id } }, locale: 'en-GB', fallbackLocale: false, limit: 0, depth: 0 })
      const kept = new Set(versions.docs.map((version) => version.version.title))
      for (const [index, status] of statuses[n]!.entries()) {
        if (status === 200 && !kept.has(`Statement ${n} round ${index + 1}`)) lost.push(`statement ${n}: round ${index + 1} acknowledged, no such version stored`)
      }
      // ...and the last one acknowledged is the published one, or a later one that went through unacknowledged.
      const lastAcknowledged = statuses[n]!.lastIndexOf(200) + 1
      const stored = Number(/round (\d+)$/.exec((await storedTitle(id)) ?? '')?.[1])
      if (stored < lastAcknowledged) lost.push(`statement ${n}: round ${lastAcknowledged} acknowledged, round ${stored} published`)
    }
    expect(lost).toEqual([])
  })
})
