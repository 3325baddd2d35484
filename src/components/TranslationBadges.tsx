import type { DefaultServerCellComponentProps } from 'payload'

import { statusLabel } from '../../collections/Translations/statuses'
import { adminDateTime } from '../i18n/adminDateTime'
import { StatusBadge } from './StatusBadge'
import { translationStatusesOf } from './translationStatusesOf'

/**
 * Statements list: each translation's status at a glance, one badge per
 * language, after "Scheduled for …" when the statement waits for its
 * embargoed release. The list gives the join's record ids only, so the rows
 * of a page read their records together, in one query.
 */
export const TranslationBadges = async ({ rowData, i18n, payload }: DefaultServerCellComponentProps) => {
  const lang = i18n?.language === 'ru' ? 'ru' : 'en'
  const docs = await translationStatusesOf(payload, rowData.id)
  const releaseAt = typeof rowData.releaseAt === 'string' && new Date(rowData.releaseAt).getTime() > Date.now() ? rowData.releaseAt : null
  const zone = typeof rowData.releaseAt_tz === 'string' ? rowData.releaseAt_tz : 'UTC'
  if (docs.length === 0 && !releaseAt) return <span>—</span>
  return (
    <span style={{ display: 'inline-flex', gap: 4, flexWrap: 'wrap' }}>
      {releaseAt ? (
        <StatusBadge status="scheduled" text={`${lang === 'ru' ? 'Запланировано на' : 'Scheduled for'} ${adminDateTime(releaseAt, lang, zone)}`} />
      ) : null}
      {docs.map((doc) => (
        <StatusBadge key={doc.language} status={doc.status} text={`${doc.language}: ${statusLabel(doc.status, lang)}`} />
      ))}
    </span>
  )
}
