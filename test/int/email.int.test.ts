import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { emailQueue } from '../../src/email/sendMailTask'
import { lexicalBody } from '../../src/seed/lexicalBody'
import { testDatabaseKinds } from '../helpers/databases'
import { startSmtpInbox, type ArrivedMail, type SmtpInbox } from '../helpers/smtpInbox'
import { createStaff } from '../helpers/staff'
import { startTestPayload, testServerUrl, type TestPayload } from '../helpers/testPayload'

const post = (body: unknown, headers: Record<string, string> = {}) => ({ method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) })

/** The token of the admin's reset page the e-mail links to. */
const resetTokenIn = (mail: ArrivedMail): string => {
  const match = new RegExp(`${testServerUrl}/admin/reset/([0-9a-f]+)`).exec(mail.html)
  expect(match, mail.html).not.toBeNull()
  return match![1]
}

describe.each(testDatabaseKinds())('e-mail on %s', (kind) => {
  let t: TestPayload
  let inbox: SmtpInbox
  let staff: Awaited<ReturnType<typeof createStaff>>

  const login = (email: string, password: string) => t.rest('/api/users/login', post({ email, password }))
  const setUser = (who: string, data: Record<string, unknown>) => t.payload.update({ collection: 'users', id: staff.ids[who], data, overrideAccess: true })
  /** What the server's job runner does every second: run the e-mail queue until it is empty. */
  const runEmailJobs = async () => {
    for (let round = 0; round < 5; round++) {
      const { docs } = await t.payload.find({ collection: 'payload-jobs', where: { and: [{ queue: { equals: emailQueue } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] }, limit: 1, overrideAccess: true })
      if (docs.length === 0) return
      await t.payload.jobs.run({ queue: emailQueue })
    }
  }
  const mailsTo = (email: string) => inbox.arrived.filter((mail) => mail.to === email)

  beforeAll(async () => {
    inbox = await startSmtpInbox()
    t = await startTestPayload(kind, { smtpUrl: inbox.url })
    staff = await createStaff(t, {
      editorEn: { roles: ['editor'], languages: ['en-GB'] },
      editorRu: { roles: ['editor'], languages: ['ru-RU'] },
      translator: { roles: ['translator'], languages: ['ru-RU'] },
      quietTranslator: { roles: ['translator'], languages: ['ru-RU'] },
      // Their own accounts for the resets, whose new passwords end the sessions of the others.
      resetRu: { roles: ['editor'], languages: ['en-GB'] },
      resetEn: { roles: ['editor'], languages: ['en-GB'] },
    })
    await setUser('translator', { adminLanguage: 'ru', name: 'Тамара' })
    await setUser('editorRu', { name: 'Edith' })
    await setUser('resetRu', { adminLanguage: 'ru', name: 'Роман' })
    await setUser('quietTranslator', { emailNotifications: false })
  })
  afterAll(async () => {
    await t?.destroy()
    await inbox?.close()
  })

  describe('password reset', () => {
    it('reaches the person in their admin language, and its link works once', async () => {
      expect((await t.rest('/api/users/forgot-password', post({ email: 'resetRu@example.org' }))).status).toBe(200)
      const mail = await inbox.waitFor('resetru@example.org', /пароля/)
      expect(mail.subject).toBe('Сброс пароля в Statements CMS')
      expect(mail.html).toContain('Здравствуйте, Роман!')
      expect(mail.from).toBe('no-reply@localhost')
      const token = resetTokenIn(mail)

      const reset = await t.rest('/api/users/reset-password', post({ token, password: 'chosen-password-2' }))
      expect(reset.status).toBe(200)
      expect((await login('resetru@example.org', 'chosen-password-2')).status).toBe(200)
      expect((await login('resetru@example.org', 'resetRu-password-1')).status).toBe(401)

      const again = await t.rest('/api/users/reset-password', post({ token, password: 'someone-elses-3' }))
      expect(again.status).toBe(403)
      expect((await login('resetru@example.org', 'someone-elses-3')).status).toBe(401)
      expect((await login('resetru@example.org', 'chosen-password-2')).status).toBe(200)
    })

    it('writes it in English to someone who uses the admin in English', async () => {
      expect((await t.rest('/api/users/forgot-password', post({ email: 'resetEn@example.org' }))).status).toBe(200)
      const mail = await inbox.waitFor('reseten@example.org', /password/)
      expect(mail.subject).toBe('Reset your password for the Statements CMS')
      expect(mail.html).toContain('the link works once')
      resetTokenIn(mail)
    })
  })

  describe('invitations', () => {
    it('lets an administrator create an account without a password; the person chooses one from the e-mail and signs in', async () => {
      const adminToken = ((await (await login('admin@example.org', 'admin-password-1')).json()) as { token: string }).token
      const created = await t.rest('/api/users', post({ email: 'nina@example.org', name: 'Нина', roles: ['translator'], languages: ['ru-RU'], adminLanguage: 'ru' }, { Authorization: `JWT ${adminToken}` }))
      expect(created.status, await created.clone().text()).toBe(201)
      // Nothing goes out inside the request: the invitation waits for the job runner.
      expect(mailsTo('nina@example.org')).toEqual([])
      await runEmailJobs()
      const mail = await inbox.waitFor('nina@example.org')
      expect(mail.subject).toBe('Ваша учётная запись в Statements CMS')
      expect(mail.text).toContain('Задайте пароль в течение 7 дней')
      const token = resetTokenIn(mail)
      const user = await t.payload.find({ collection: 'users', where: { email: { equals: 'nina@example.org' } }, showHiddenFields: true, overrideAccess: true })
      const expires = new Date(String(user.docs[0].resetPasswordExpiration)).getTime()
      expect(expires - Date.now()).toBeGreaterThan(6.9 * 24 * 60 * 60 * 1000)

      expect((await t.rest('/api/users/reset-password', post({ token, password: 'ninas-own-password' }))).status).toBe(200)
      expect((await login('nina@example.org', 'ninas-own-password')).status).toBe(200)
      expect((await t.rest('/api/users/reset-password', post({ token, password: 'second-use-password' }))).status).toBe(403)
    })

    it('ignores a password sent along with "send an invitation", as the admin form fills one in', async () => {
      const adminToken = ((await (await login('admin@example.org', 'admin-password-1')).json()) as { token: string }).token
      const created = await t.rest('/api/users', post({ email: 'oleg@example.org', password: 'filled-by-form', sendInvitation: true, roles: ['editor'], languages: ['en-GB'] }, { Authorization: `JWT ${adminToken}` }))
      expect(created.status).toBe(201)
      expect((await login('oleg@example.org', 'filled-by-form')).status).toBe(401)
      await runEmailJobs()
      expect((await inbox.waitFor('oleg@example.org')).subject).toBe('Your account for the Statements CMS')
    })

    it('sends nothing when the administrator sets the password', async () => {
      const adminToken = ((await (await login('admin@example.org', 'admin-password-1')).json()) as { token: string }).token
      const created = await t.rest('/api/users', post({ email: 'pavel@example.org', password: 'set-by-admin-1', roles: ['editor'], languages: ['en-GB'] }, { Authorization: `JWT ${adminToken}` }))
      expect(created.status).toBe(201)
      await runEmailJobs()
      expect((await login('pavel@example.org', 'set-by-admin-1')).status).toBe(200)
      expect(mailsTo('pavel@example.org')).toEqual([])
    })
  })

  describe('the language e-mails are written in', () => {
    it('follows the language the person uses the admin in, and ignores what scripts send', async () => {
      const token = ((await (await login('editorru@example.org', 'editorRu-password-1')).json()) as { token: string }).token
      const adminLanguage = async () => (await t.payload.findByID({ collection: 'users', id: staff.ids.editorRu, overrideAccess: true })).adminLanguage
      expect((await t.rest('/api/users/me', { headers: { Authorization: `JWT ${token}`, 'Accept-Language': 'ru' } })).status).toBe(200)
      expect(await adminLanguage()).toBe('en')
      expect((await t.rest('/api/users/me', { headers: { Cookie: `payload-token=${token}; payload-lng=ru`, 'Sec-Fetch-Site': 'same-origin' } })).status).toBe(200)
      expect(await adminLanguage()).toBe('ru')
      await setUser('editorRu', { adminLanguage: 'en' })
    })
  })

  describe('workflow notifications', () => {
    let id: number | string
    const setStatus = async (who: string, status: string) => {
      const { docs } = await t.payload.find({ collection: 'translations', where: { statement: { equals: id } }, depth: 0, overrideAccess: true })
      const response = await staff.as(who, 'PATCH', `/api/translations/${docs[0].id}`, { status })
      expect(response.status, await response.clone().text()).toBe(200)
    }
    const sideBySide = () => `${testServerUrl}/admin/collections/statements/${id}/side-by-side?target=ru-RU`

    it('tells the translators of a language that a statement needs it, in their language, unless they turned it off', async () => {
      const created = await staff.as('editorEn', 'POST', '/api/statements?locale=en-GB&draft=true', {
        title: 'Water agreement',
        summary: 'Water agreement: summary.',
        body: lexicalBody([{ type: 'paragraph', text: 'Water agreement: the text.' }]),
        kind: 'comment',
        publishedAt: '2026-11-20T10:00:00.000Z',
        _status: 'draft',
      })
      expect(created.status).toBe(201)
      id = ((await created.json()) as { doc: { id: number | string } }).doc.id
      await runEmailJobs()
      const mail = await inbox.waitFor('translator@example.org', /Water agreement/)
      expect(mail.subject).toBe('Нужен перевод на русский: Water agreement')
      expect(mail.text).toContain(`Заявление «Water agreement» нужно перевести на русский.`)
      expect(mail.text).toContain(sideBySide())
      expect(mail.text).toContain(`${testServerUrl}/admin/account`)
      expect(mailsTo('quiettranslator@example.org')).toEqual([])
      expect(mailsTo('editorru@example.org')).toEqual([])
    })

    it('tells the editors of the language when a translation waits for review, and not the one who sent it', async () => {
      expect((await staff.as('translator', 'PATCH', `/api/statements/${id}?locale=ru-RU&draft=true`, { title: 'Соглашение о воде', _status: 'draft' })).status).toBe(200)
      await setStatus('translator', 'in-review')
      await runEmailJobs()
      const mail = await inbox.waitFor('editorru@example.org', /review/)
      expect(mail.subject).toBe('Translation waiting for your review: Water agreement (Russian)')
      expect(mail.text).toContain('Тамара sent the Russian translation of “Water agreement” for review.')
      expect(mail.text).toContain(sideBySide())
      expect(mailsTo('translator@example.org').filter((sent) => /Water/.test(sent.subject))).toHaveLength(1)
      expect(mailsTo('editoren@example.org')).toEqual([])
    })

    it('tells both when the source changes after approval and the translation goes outdated', async () => {
      await setStatus('editorRu', 'approved')
      expect((await staff.as('editorEn', 'PATCH', `/api/statements/${id}?locale=en-GB&draft=true`, { title: 'Water agreement, revised', _status: 'draft' })).status).toBe(200)
      await runEmailJobs()
      const toTranslator = await inbox.waitFor('translator@example.org', /устарел/)
      expect(toTranslator.subject).toBe('Перевод устарел: Water agreement, revised (русский)')
      expect(toTranslator.text).toContain('(заголовок)')
      const toEditor = await inbox.waitFor('editorru@example.org', /outdated/)
      expect(toEditor.subject).toBe('Translation outdated: Water agreement, revised (Russian)')
      expect(toEditor.text).toContain(sideBySide())
      expect(mailsTo('quiettranslator@example.org')).toEqual([])
    })

    it('never fails a save when the mail server is down: the e-mail waits in the queue for a retry', async () => {
      await inbox.close()
      const arrivedBefore = inbox.arrived.length
      const started = Date.now()
      await setStatus('translator', 'in-review')
      expect(Date.now() - started).toBeLessThan(5_000)
      await runEmailJobs()
      const { docs } = await t.payload.find({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: 'sendMail' } }, { completedAt: { exists: false } }] }, overrideAccess: true })
      expect(docs.length).toBeGreaterThan(0)
      expect(docs[0].totalTried).toBeGreaterThan(0)
      expect(docs[0].hasError).not.toBe(true)
      expect(inbox.arrived.length).toBe(arrivedBefore)
    })
  })
})
