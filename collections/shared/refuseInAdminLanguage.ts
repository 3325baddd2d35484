import { APIError, type PayloadRequest } from 'payload'

/** A refusal written in each admin language; `en` is also the fallback. */
export type Reason = { en: string; ru: string }

/**
 * Throws a public APIError (403 unless told) whose message is in the admin
 * language Payload chose for the request (the `payload-lng` cookie the admin's
 * language switch sets, else Accept-Language), so a Russian-speaking
 * translator reads why in Russian, through the admin, REST or GraphQL.
 */
export const refuseInAdminLanguage = (req: Pick<PayloadRequest, 'i18n'> | undefined, reason: Reason, status = 403): never => {
  const language = req?.i18n?.language
  throw new APIError(language === 'ru' ? reason.ru : reason.en, status, null, true)
}
