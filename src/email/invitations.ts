import { randomBytes } from 'node:crypto'

import type { CollectionAfterChangeHook, CollectionBeforeValidateHook, TaskConfig } from 'payload'

import type { User } from '../payload-types'
import { resetPasswordUrl } from './adminLinks'
import { adminLanguageOf } from './adminLanguage'
import { deliverMail } from './emailAdapter'
import { composeMail, mailTexts } from './mailTexts'
import { emailQueue } from './sendMailTask'

export const sendInvitationTaskSlug = 'sendInvitation'
export const invitationDays = 7

type UserData = Partial<User> & { password?: string; sendInvitation?: boolean }

/**
 * An administrator who creates an account without a password (or ticks "send an invitation") invites the
 * person instead. Payload requires a password on create, so the account gets a random one that nobody
 * ever sees (32 random bytes: unguessable), and the person chooses their own through a reset link.
 * The first registration (no one signed in) keeps Payload's rule: it names its password.
 */
export const inviteWhenNoPassword: CollectionBeforeValidateHook<User> = ({ data, operation, req }) => {
  const user = data as UserData | undefined
  if (operation !== 'create' || !user || !req.user) return data
  if (!user.sendInvitation && user.password) return data
  return { ...user, password: randomBytes(32).toString('base64url'), sendInvitation: true } as never
}

/** Queued with the create, so it exists only if the account does; sent by the job runner. */
export const queueInvitation: CollectionAfterChangeHook<User> = async ({ data, doc, operation, req }) => {
  if (operation !== 'create' || !(data as UserData).sendInvitation) return doc
  const inviter = req.user as User | undefined
  await req.payload.jobs.queue({ task: sendInvitationTaskSlug, queue: emailQueue, input: { user: String(doc.id), inviter: inviter?.name || inviter?.email || '' }, req })
  return doc
}

/**
 * Makes the reset token when the e-mail goes out (through Payload's forgot-password machinery, valid for
 * seven days), so no token waits in the job queue; a retry makes a new one, and only the last link works.
 */
export const sendInvitationTask: TaskConfig<{ input: { user: string; inviter: string }; output: object }> = {
  slug: sendInvitationTaskSlug,
  label: 'Invite a new user',
  inputSchema: [
    { name: 'user', type: 'text', required: true },
    { name: 'inviter', type: 'text' },
  ],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    const { payload } = req
    const id = payload.db.defaultIDType === 'number' ? Number(input.user) : input.user
    const user = (await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, disableErrors: true, req })) as User | null
    // CASE: the account was deleted before the invitation went out.
    if (!user) return { output: {} }
    const token = await payload.forgotPassword({ collection: 'users', data: { email: user.email }, disableEmail: true, expiration: invitationDays * 24 * 60 * 60 * 1000, req })
    if (!token) throw new Error(`No reset token could be made for ${user.email}`)
    const mail = composeMail(
      mailTexts[adminLanguageOf(user)].invitation({ name: user.name || user.email, inviter: input.inviter, email: user.email, url: resetPasswordUrl(payload, token), days: invitationDays }),
    )
    try {
      await deliverMail(payload, { to: user.email, ...mail })
    } catch (error) {
      payload.logger.error({ err: error, msg: `The invitation to ${user.email} could not be sent: ${(error as Error)?.message}` })
      throw error
    }
    return { output: {} }
  },
}
