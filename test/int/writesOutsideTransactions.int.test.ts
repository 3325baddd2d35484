import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { inTransaction } from '../../src/inTransaction'
import { testDatabaseKinds } from '../helpers/databases'
import { makeStatement } from '../helpers/fixtures'
import { createStaff } from '../helpers/staff'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// Well under the 30 s a write waits for its turn before it gives up (each takes well under 1 s on an idle machine;
// the margin is for a busy one): nothing here may wait for a turn that never comes.
const fast = 5_000

const post = (body: unknown) => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })

/** Runs `request` and says how long it took and what it answered. */
const timed = async (request: () => Promise<Response>) => {
  const started = performance.now()
  const response = await request()
  return { status: response.status, body: await response.text(), ms: performance.now() - started }
}

/**
 * Payload makes some writes outside the transaction of the operation that
 * makes them (the forgot-password reservation, the failed sign-in counter,
 * the job runner's own transactions). On SQLite only one write runs at a
 * time; none of these may wait for the very transaction it runs inside of,
 * nor hold up anyone else's save.
 */
describe.each(testDatabaseKinds())('writes Payload makes outside its own transaction, on %s', (kind) => {
  let t: TestPayload
  let as: Awaited<ReturnType<typeof createStaff>>['as']
  let statementId: number | string
  const sent: { to: string; html: string }[] = []

  beforeAll(async () => {
    t = await startTestPayload(kind)
    ;({ as } = await createStaff(t, { editor: { roles: ['editor'], languages: ['en-GB', 'ru-RU'] }, reader: { roles: ['translator'], languages: ['ru-RU'] } }))
    statementId = (await makeStatement(t.payload, { en: { title: 'Saved while others write', slug: 'saved-while-others-write' }, enStatus: 'draft' })).id
    // Keeps what Payload's console e-mail fallback would print, body included, to follow the reset link.
    const send = t.payload.email.sendEmail.bind(t.payload.email)
    t.payload.email.sendEmail = async (message) => {
      sent.push({ to: String(message.to), html: String(message.html) })
      return send(message)
    }
  })
  afterAll(async () => {
    await t?.destroy()
  })

  const editorSave = (title: string) => () => as('editor', 'PATCH', `/api/statements/${statementId}?locale=en-GB&draft=true`, { title })

  it('answers a reset request for an unknown address at once, and an editor saving meanwhile is not held up', async () => {
    const [reset, save] = await Promise.all([
      timed(() => t.rest('/api/users/forgot-password', post({ email: 'nobody@example.org' }))),
      timed(editorSave('Saved beside an unknown reset')),
    ])
    expect(reset.status, reset.body).toBe(200)
    expect(save.status, save.body).toBe(200)
    expect(reset.ms).toBeLessThan(fast)
    expect(save.ms).toBeLessThan(fast)
  })

  it('sends a working reset link for a known address while an editor saves, and the new password signs in', async () => {
    const [reset, save] = await Promise.all([
      timed(() => t.rest('/api/users/forgot-password', post({ email: 'reader@example.org' }))),
      timed(editorSave('Saved beside a known reset')),
    ])
    expect(reset.status, reset.body).toBe(200)
    expect(save.status, save.body).toBe(200)
    expect(reset.ms).toBeLessThan(fast)
    expect(save.ms).toBeLessThan(fast)

    const mail = sent.filter((message) => message.to.includes('reader@example.org')).at(-1)
    const token = /\/reset\/([0-9a-f]+)/.exec(mail?.html ?? '')?.[1]
    expect(token, JSON.stringify(sent)).toBeTruthy()
    const [changed, saveAgain] = await Promise.all([
      timed(() => t.rest('/api/users/reset-password', post({ token, password: 'reader-password-2' }))),
      timed(editorSave('Saved beside a password change')),
    ])
    expect(changed.status, changed.body).toBe(200)
    expect(saveAgain.status, saveAgain.body).toBe(200)
    expect(changed.ms).toBeLessThan(fast)
    expect(saveAgain.ms).toBeLessThan(fast)
    expect((await t.rest('/api/users/login', post({ email: 'reader@example.org', password: 'reader-password-1' }))).status).toBe(401)
    expect((await t.rest('/api/users/login', post({ email: 'reader@example.org', password: 'reader-password-2' }))).status).toBe(200)
    // The link works once.
    expect((await t.rest('/api/users/reset-password', post({ token, password: 'reader-password-3' }))).status).toBeGreaterThanOrEqual(400)
  })

  it('counts failed sign-ins and locks the account while an editor saves, and an administrator unlocks it', async () => {
    const email = 'locked@example.org'
    await t.payload.create({ collection: 'users', data: { email, password: 'locked-password-1', roles: ['translator'], languages: ['ru-RU'] } })
    for (let attempt = 1; attempt <= 5; attempt++) {
      const [wrong, save] = await Promise.all([
        timed(() => t.rest('/api/users/login', post({ email, password: `wrong-${attempt}` }))),
        timed(editorSave(`Saved beside failed sign-in ${attempt}`)),
      ])
      expect(wrong.status, wrong.body).toBe(401)
      expect(save.status, save.body).toBe(200)
      expect(wrong.ms).toBeLessThan(fast)
      expect(save.ms).toBeLessThan(fast)
    }
    // Locked (for this address: the count lives outside the database, see signInLock): the right password no longer signs in.
    expect((await t.rest('/api/users/login', post({ email, password: 'locked-password-1' }))).status).toBe(429)

    const [unlock, save] = await Promise.all([timed(() => as('admin', 'POST', '/api/users/unlock', { email })), timed(editorSave('Saved beside an unlock'))])
    expect(unlock.status, unlock.body).toBe(200)
    expect(save.ms).toBeLessThan(fast)
    expect(unlock.ms).toBeLessThan(fast)
    expect((await t.rest('/api/users/login', post({ email, password: 'locked-password-1' }))).status).toBe(200)
  })

  it('runs queued jobs from inside a transaction and beside a save, without waiting for either', async () => {
    // A release whose time no longer matches the statement's: the job runs and finds nothing to do.
    const queue = () => t.payload.jobs.queue({ task: 'releaseStatement', queue: 'releases', input: { statement: String(statementId), releaseAt: '2020-01-01T00:00:00.000Z' } })
    const [inside, beside] = [await queue(), await queue()]
    const jobs = { id: { in: [inside.id, beside.id] } }
    expect((await t.payload.count({ collection: 'payload-jobs', where: jobs })).totalDocs).toBe(2)
    const started = performance.now()
    // As a hook passing its `req` would run it: the runner's own transactions are made inside this one.
    await inTransaction(t.payload, (req) => t.payload.jobs.run({ req, queue: 'releases', silent: true, where: { id: { equals: inside.id } } }))
    expect(performance.now() - started).toBeLessThan(fast)
    const [run, save] = await Promise.all([
      timed(async () => {
        await t.payload.jobs.run({ queue: 'releases', silent: true, where: { id: { equals: beside.id } } })
        return new Response()
      }),
      timed(editorSave('Saved beside the job runner')),
    ])
    expect(save.status, save.body).toBe(200)
    expect(save.ms).toBeLessThan(fast)
    expect(run.ms).toBeLessThan(fast)
    // Payload deletes a job once it completes; a failed one stays, with its error.
    expect((await t.payload.find({ collection: 'payload-jobs', where: jobs, depth: 0 })).docs).toEqual([])
  })
})
