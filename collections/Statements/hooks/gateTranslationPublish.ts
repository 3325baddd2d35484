import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { env } from '../../../src/env'
import { adminDateTime } from '../../../src/i18n/adminDateTime'
import { defaultLocale, localeCodes } from '../../../src/i18n/locales'
import type { Statement } from '../../../src/payload-types'
import { findTranslationRecords } from '../../Translations/findTranslationRecords'
import { publishable, statusLabel } from '../../Translations/statuses'
import { saveOptions } from './noteSaveOptions'

export const releasingContext = 'releasing'

const refuse = (message: string): never => {
  throw new APIError(message, 403, null, true)
}

/**
 * Only an approved translation goes live. Publishing a language other than
 * the statement's source needs its translation record to be approved (or
 * already published and unchanged since). While a release is scheduled,
 * nothing is published by hand: the release publishes every approved
 * language together. Writes without a user (seeding, scripts) are not gated.
 */
export const gateTranslationPublish: CollectionBeforeChangeHook<Statement> = async ({ data, operation, originalDoc, req }) => {
  if (!req.user || req.context?.[releasingContext] || data._status !== 'published') return data
  const releaseAt = data.releaseAt ?? originalDoc?.releaseAt
  if (releaseAt && new Date(releaseAt).getTime() > Date.now()) {
    const until = adminDateTime(releaseAt, req.i18n?.language, env.siteTimeZone)
    refuse(
      req.i18n?.language === 'ru'
        ? `Заявление под эмбарго до ${until} и будет выпущено автоматически в это время. Чтобы опубликовать сейчас, очистите время выпуска.`
        : `This statement is embargoed until ${until} and is released automatically then. Clear the release time to publish now.`,
    )
  }
  const source = data.sourceLanguage ?? originalDoc?.sourceLanguage ?? defaultLocale.code
  const publishing = req.context?.[saveOptions.publishAllLocales] ? localeCodes : [String(req.locale)]
  const targets = publishing.filter((code) => code !== source)
  if (targets.length === 0) return data
  const records = operation === 'update' && originalDoc?.id ? await findTranslationRecords(req, originalDoc.id) : new Map()
  for (const code of targets) {
    const record = records.get(code)
    // Publishing every language skips the ones that have no text.
    if (publishing.length > 1 && (!record || record.status === 'missing')) continue
    const status = record?.status ?? 'missing'
    if (!publishable.includes(status)) {
      refuse(
        `The ${code} translation is "${statusLabel(status)}"; only an approved translation can be published. ` +
          (status === 'outdated' ? 'The source changed after approval: update the translation and have it approved again.' : `An editor for ${code} must approve it first.`),
      )
    }
  }
  return data
}
