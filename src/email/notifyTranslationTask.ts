import type { TaskConfig } from 'payload'

import type { Translation, User } from '../payload-types'
import { hasRole, type Role } from '../../collections/shared/roles'
import { accountUrl, sideBySideUrl } from './adminLinks'
import { adminLanguageOf, languageName } from './adminLanguage'
import { composeMail, mailTexts } from './mailTexts'
import { queueMail } from './sendMailTask'

export const notifyTranslationTaskSlug = 'notifyTranslation'

/** What happened to a translation, as the people who act on it see it. */
export type TranslationEvent = 'needed' | 'returned' | 'review' | 'outdated'

/** Who hears of each: translators and editors of that language. */
const audience: Record<TranslationEvent, Role[]> = {
  needed: ['translator'],
  returned: ['translator'],
  review: ['editor'],
  outdated: ['translator', 'editor'],
}

type Input = { translation: string; event: TranslationEvent; actor?: string; actorName?: string }

const idOf = (value: unknown) => (value && typeof value === 'object' && 'id' in value ? (value as { id: number | string }).id : (value as number | string))

/**
 * Turns one change of a translation's status into one e-mail per person concerned, each in that person's
 * admin language, queued as jobs of their own so that a refused e-mail is retried alone. People who
 * turned notifications off, and the person who made the change, are left out.
 */
export const notifyTranslationTask: TaskConfig<{ input: Input; output: { sent: number } }> = {
  slug: notifyTranslationTaskSlug,
  label: 'Notify translators and editors of a translation',
  inputSchema: [
    { name: 'translation', type: 'text', required: true },
    { name: 'event', type: 'text', required: true },
    { name: 'actor', type: 'text' },
    { name: 'actorName', type: 'text' },
  ],
  retries: 3,
  handler: async ({ input, req }) => {
    const { payload } = req
    const id = payload.db.defaultIDType === 'number' ? Number(input.translation) : input.translation
    const record = (await payload.findByID({ collection: 'translations', id, depth: 0, overrideAccess: true, disableErrors: true, req })) as Translation | null
    // CASE: the statement, and its translation records with it, was deleted meanwhile.
    if (!record) return { output: { sent: 0 } }
    const { docs: users } = await payload.find({ collection: 'users', pagination: false, depth: 0, overrideAccess: true, req })
    const recipients = (users as User[]).filter(
      (user) =>
        user.emailNotifications !== false &&
        String(user.id) !== input.actor &&
        (user.languages ?? []).includes(record.language as never) &&
        hasRole(user, ...audience[input.event]),
    )
    const title = record.label?.split(' — ')[0] || `#${idOf(record.statement)}`
    const url = sideBySideUrl(payload, idOf(record.statement), record.language)
    for (const user of recipients) {
      const texts = mailTexts[adminLanguageOf(user)]
      const language = languageName(record.language, adminLanguageOf(user))
      const fields = [...new Set(((record.staleFields ?? []) as { field: keyof typeof texts.fieldNames }[]).map(({ field }) => texts.fieldNames[field]))].join(', ')
      const by = input.actorName || '—'
      const draft =
        input.event === 'needed'
          ? texts.translationNeeded({ title, language, url })
          : input.event === 'returned'
            ? texts.translationReturned({ title, language, url, by })
            : input.event === 'review'
              ? texts.reviewWaiting({ title, language, url, by })
              : texts.translationOutdated({ title, language, url, fields })
      await queueMail(req, { to: user.email, ...composeMail({ ...draft, footer: texts.notificationFooter({ accountUrl: accountUrl(payload) }) }) })
    }
    return { output: { sent: recipients.length } }
  },
}
