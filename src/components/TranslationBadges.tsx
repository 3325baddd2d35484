import type { DefaultServerCellComponentProps } from 'payload'

import { statusLabel } from '../../collections/Translations/statuses'
import { StatusBadge } from './StatusBadge'

type Row = { language?: string; status?: string }

/** Statements list: each translation's status at a glance, one badge per language. */
export const TranslationBadges = ({ cellData, i18n }: DefaultServerCellComponentProps) => {
  const docs = ((cellData as { docs?: unknown[] } | undefined)?.docs ?? []).filter((doc): doc is Row => typeof doc === 'object' && doc !== null)
  if (docs.length === 0) return <span>—</span>
  const lang = i18n?.language === 'ru' ? 'ru' : 'en'
  return (
    <span style={{ display: 'inline-flex', gap: 4, flexWrap: 'wrap' }}>
      {docs.map((doc) => (
        <StatusBadge key={doc.language} status={String(doc.status)} text={`${doc.language}: ${statusLabel(String(doc.status), lang)}`} />
      ))}
    </span>
  )
}
