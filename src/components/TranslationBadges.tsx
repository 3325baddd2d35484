import type { DefaultServerCellComponentProps } from 'payload'

import { statusLabel } from '../../collections/Translations/statuses'
import { StatusBadge } from './StatusBadge'
import { translationStatusesOf } from './translationStatusesOf'

/**
 * Statements list: each translation's status at a glance, one badge per
 * language. The list gives the join's record ids only, so the rows of a page
 * read their records together, in one query.
 */
export const TranslationBadges = async ({ rowData, i18n, payload }: DefaultServerCellComponentProps) => {
  const lang = i18n?.language === 'ru' ? 'ru' : 'en'
  const docs = await translationStatusesOf(payload, rowData.id)
  if (docs.length === 0) return <span>—</span>
  return (
    <span style={{ display: 'inline-flex', gap: 4, flexWrap: 'wrap' }}>
      {docs.map((doc) => (
        <StatusBadge key={doc.language} status={doc.status} text={`${doc.language}: ${statusLabel(doc.status, lang)}`} />
      ))}
    </span>
  )
}
