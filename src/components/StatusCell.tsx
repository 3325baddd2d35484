import type { DefaultServerCellComponentProps } from 'payload'

import { statusLabel } from '../../collections/Translations/statuses'
import { StatusBadge } from './StatusBadge'

/** Translations list: the status as the same coloured badge as everywhere else in the admin. */
export const StatusCell = ({ cellData, i18n }: DefaultServerCellComponentProps) =>
  typeof cellData === 'string' ? <StatusBadge status={cellData} text={statusLabel(cellData, i18n?.language === 'ru' ? 'ru' : 'en')} /> : <span>—</span>
