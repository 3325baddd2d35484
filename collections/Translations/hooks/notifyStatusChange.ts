import type { CollectionAfterChangeHook } from 'payload'

import { emailQueue } from '../../../src/email/sendMailTask'
import { notifyTranslationTaskSlug, type TranslationEvent } from '../../../src/email/notifyTranslationTask'
import type { Translation, User } from '../../../src/payload-types'
import { hasRole } from '../../shared/roles'
import type { TranslationStatus } from '../statuses'

/** The status changes people are told of by e-mail; any other change tells no one. */
const eventOf = (from: TranslationStatus | undefined, to: TranslationStatus, user: User | null | undefined): TranslationEvent | null => {
  if (from === to) return null
  if (to === 'missing') return 'needed'
  if (to === 'in-review') return 'review'
  if (to === 'outdated') return 'outdated'
  // An editor sending a translation back; a translator taking their own back tells no one.
  if (from === 'in-review' && to === 'in-translation' && hasRole(user, 'admin', 'editor')) return 'returned'
  return null
}

/**
 * Every status change passes through here, whether a person made it or the workflow did. The
 * notification is a job queued with the save, in its transaction: it exists only once the save has
 * committed, and the e-mails go out from the job runner, so mail never slows or fails a save.
 * Seeding (`context.seeding`) tells no one.
 */
export const notifyStatusChange: CollectionAfterChangeHook<Translation> = async ({ doc, previousDoc, operation, req }) => {
  if (req.context?.seeding) return doc
  const user = req.user as User | null | undefined
  const event = eventOf(operation === 'create' ? undefined : previousDoc?.status, doc.status, user)
  if (!event) return doc
  await req.payload.jobs.queue({
    task: notifyTranslationTaskSlug,
    queue: emailQueue,
    input: { translation: String(doc.id), event, actor: user ? String(user.id) : undefined, actorName: user ? user.name || user.email : undefined },
    req,
  })
  return doc
}
