import { createLocalReq, type Payload, type TaskConfig } from 'payload'

import { releaseLogSlug } from '../../collections/ReleaseLog'
import { releasingContext } from '../../collections/Statements/hooks/gateTranslationPublish'
import { findTranslationRecords } from '../../collections/Translations/findTranslationRecords'
import { publishable } from '../../collections/Translations/statuses'
import { defaultLocale } from '../i18n/locales'

export const releaseTaskSlug = 'releaseStatement'
export const releaseQueue = 'releases'

type ReleaseInput = { statement: number | string; releaseAt: string }

/**
 * Publishes every approved language of a statement together, in one
 * transaction, at its release instant. Claims the release first through the
 * release log's unique key: whichever instance gets there first releases,
 * the others skip. A job whose statement was rescheduled or cancelled skips.
 */
export const releaseStatement = async (payload: Payload, input: ReleaseInput): Promise<{ released: string[] }> => {
  const { releaseAt } = input
  const id = payload.db.defaultIDType === 'number' ? Number(input.statement) : String(input.statement)
  const req = await createLocalReq({ context: { [releasingContext]: true } }, payload)
  const statement = await payload.findByID({ collection: 'statements', id, draft: true, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (!statement?.releaseAt || new Date(statement.releaseAt).getTime() !== new Date(releaseAt).getTime()) return { released: [] }
  const transactionID = await payload.db.beginTransaction()
  if (transactionID) req.transactionID = transactionID
  try {
    const source = statement.sourceLanguage ?? defaultLocale.code
    const records = await findTranslationRecords(req, id)
    const languages = [source, ...[...records.values()].filter((record) => publishable.includes(record.status)).map((record) => record.language)]
    try {
      await payload.create({ collection: releaseLogSlug, data: { key: `${id}@${releaseAt}`, statement: id as never, releaseAt, languages: languages.join(', ') }, overrideAccess: true, req })
    } catch {
      // Another instance has the claim.
      if (transactionID) await payload.db.rollbackTransaction(transactionID)
      return { released: [] }
    }
    for (const [index, locale] of languages.entries()) {
      const last = index === languages.length - 1
      await payload.update({
        collection: 'statements',
        id,
        locale: locale as never,
        data: { _status: 'published', ...(last ? { releaseAt: null } : {}) },
        draft: false,
        depth: 0,
        overrideAccess: true,
        context: { [releasingContext]: true },
        req,
      })
    }
    if (transactionID) await payload.db.commitTransaction(transactionID)
    return { released: languages }
  } catch (error) {
    if (transactionID) await payload.db.rollbackTransaction(transactionID)
    throw error
  }
}

export const releaseStatementTask: TaskConfig<{ input: ReleaseInput; output: { released: string } }> = {
  slug: releaseTaskSlug,
  label: 'Release a scheduled statement',
  inputSchema: [
    { name: 'statement', type: 'text', required: true },
    { name: 'releaseAt', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'released', type: 'text' }],
  retries: 3,
  handler: async ({ input, req }) => {
    const { released } = await releaseStatement(req.payload, input)
    return { output: { released: released.join(', ') } }
  },
}
