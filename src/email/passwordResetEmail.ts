import type { PayloadRequest } from 'payload'

import type { User } from '../payload-types'
import { resetPasswordUrl } from './adminLinks'
import { adminLanguageOf } from './adminLanguage'
import { composeMail, mailTexts } from './mailTexts'

type Args = { req?: PayloadRequest; token?: string; user?: unknown }

/** The reset e-mail in the person's admin language (not the language of the request that asked for it). */
const resetMail = ({ req, token, user }: Args) => {
  const person = user as Partial<User> | undefined
  return composeMail(mailTexts[adminLanguageOf(person)].passwordReset({ name: person?.name || person?.email || '', url: resetPasswordUrl(req!.payload, token ?? '') }))
}

/** For `auth.forgotPassword` on the users collection. */
export const passwordResetEmail = {
  generateEmailHTML: (args?: Args) => resetMail(args!).html,
  generateEmailSubject: (args?: Args) => resetMail(args!).subject,
}
