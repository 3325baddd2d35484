'use client'
import { useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'

import { adminDateTime } from '../i18n/adminDateTime'

/**
 * In the edit view's header, before the buttons: an embargoed statement is
 * not a mere draft, it goes live by itself at its release time, so the header
 * says "Scheduled for 4 December 2026, 18:09 (…)" in the site's zone (the
 * release field's own `_tz`), and custom.scss hides Payload's "Status: Draft"
 * beside it. Nothing for any other document.
 */
export const ScheduledStatus = () => {
  const { savedDocumentData } = useDocumentInfo()
  const { i18n } = useTranslation()
  const locale = useLocale()
  const releaseAt = savedDocumentData?.releaseAt as string | undefined
  const zone = (savedDocumentData?.releaseAt_tz as string | undefined) ?? 'UTC'
  const status = savedDocumentData?._status
  const live = status === 'published' || (status && typeof status === 'object' && (status as Record<string, string>)[locale?.code] === 'published')
  if (!releaseAt || live || new Date(releaseAt).getTime() <= Date.now()) return null
  const text = `${i18n.language === 'ru' ? 'Запланировано на' : 'Scheduled for'} ${adminDateTime(releaseAt, i18n.language, zone)}`
  return (
    <span className="scheduled-status" data-testid="scheduled-status" title={text}>
      {text}
    </span>
  )
}
