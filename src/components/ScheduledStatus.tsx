'use client'
import { useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { Status } from '@payloadcms/ui/elements/Status'

import { adminDateTime } from '../i18n/adminDateTime'

/**
 * The edit view's "Status": an embargoed statement is not a mere draft, it
 * goes live by itself at its release time, so the header says "Scheduled for
 * 4 December 2026, 18:09 (…)" in the site's zone (the release field's own
 * `_tz`); any other document shows Payload's own status.
 */
export const ScheduledStatus = () => {
  const { savedDocumentData } = useDocumentInfo()
  const { i18n } = useTranslation()
  const locale = useLocale()
  const releaseAt = savedDocumentData?.releaseAt as string | undefined
  const zone = (savedDocumentData?.releaseAt_tz as string | undefined) ?? 'UTC'
  const status = savedDocumentData?._status
  const live = status === 'published' || (status && typeof status === 'object' && (status as Record<string, string>)[locale.code] === 'published')
  if (!releaseAt || live || new Date(releaseAt).getTime() <= Date.now()) return <Status />
  const label = i18n.language === 'ru' ? 'Статус' : 'Status'
  const scheduled = `${i18n.language === 'ru' ? 'Запланировано на' : 'Scheduled for'} ${adminDateTime(releaseAt, i18n.language, zone)}`
  return (
    <div className="status" title={`${label}: ${scheduled}`} data-testid="scheduled-status">
      <div className="status__value-wrap">
        <span className="status__label">{label}: </span>
        <span className="status__value">{scheduled}</span>
      </div>
    </div>
  )
}
