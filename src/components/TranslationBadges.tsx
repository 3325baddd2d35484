import type { DefaultServerCellComponentProps } from 'payload'

import { statusLabel } from '../../collections/Translations/statuses'
import { StatusBadge } from './StatusBadge'

/**
 * Statements list: each translation's status at a glance, one badge per
 * language. The list gives the join's record ids only, so the row reads its
 * records (one indexed query of a small table per row, admin only).
 */
export const TranslationBadges = async ({ rowData, i18n, payload }: DefaultServerCellComponentProps) => {
  const lang = i18n?.language === 'ru' ? 'ru' : 'en'
  const { docs } = await payload.find({
    collection: 'translations',
    where: { statement: { equals: rowData.id } },
    depth: 0,
    sort: 'language',
    pagination: false,
    select: { language: true, status: true },
    overrideAccess: true,
  })
  if (docs.length === 0) return <span>—</span>
  return (
    <span style={{ display: 'inline-flex', gap: 4, flexWrap: 'wrap' }}>
      {docs.map((doc) => (
        <StatusBadge key={doc.language} status={doc.status} text={`${doc.language}: ${statusLabel(doc.status, lang)}`} />
      ))}
    </span>
  )
}
