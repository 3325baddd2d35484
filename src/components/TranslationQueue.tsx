import type { Payload } from 'payload'

import { localeCodes } from '../i18n/locales'
import { statusLabel, type TranslationStatus } from '../../collections/Translations/statuses'
import { StatusBadge } from './StatusBadge'

const attention: TranslationStatus[] = ['outdated', 'missing', 'in-review', 'in-translation']

/**
 * Above the statements list: per language, how many translations are
 * outdated, missing, waiting for review or in progress, each a link to the
 * translations list filtered to exactly those. Outdated ones come first.
 */
export const TranslationQueue = async ({ payload, i18n }: { payload: Payload; i18n: { language: string } }) => {
  const lang = i18n?.language === 'ru' ? 'ru' : 'en'
  const counts = await Promise.all(
    localeCodes.flatMap((language) =>
      attention.map(async (status) => {
        const { totalDocs } = await payload.count({ collection: 'translations', where: { and: [{ language: { equals: language } }, { status: { equals: status } }] } })
        return { language, status, totalDocs }
      }),
    ),
  )
  const shown = counts.filter((count) => count.totalDocs > 0)
  if (shown.length === 0) return null
  const heading = lang === 'ru' ? 'Переводы, требующие внимания' : 'Translations needing attention'
  return (
    <nav aria-label={heading} className="gutter--left gutter--right" style={{ margin: '0 0 16px', display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
      <strong>{heading}:</strong>
      {shown.map(({ language, status, totalDocs }) => (
        <a key={`${language}-${status}`} href={`/admin/collections/translations?where[and][0][language][equals]=${language}&where[and][1][status][equals]=${status}`}>
          <StatusBadge status={status} text={`${language} · ${statusLabel(status, lang)}: ${totalDocs}`} />
        </a>
      ))}
    </nav>
  )
}
