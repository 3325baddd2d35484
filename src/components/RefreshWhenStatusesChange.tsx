'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useRef } from 'react'

/**
 * The translations panel is drawn on the server with the form, and a save
 * (publishing a language, a translator's first text, a changed source) moves
 * statuses without redrawing it: it said "Approved" until a reload. After
 * each save this asks for the records' statuses and, when one differs from
 * what the panel shows, redraws the page's server parts.
 */
export const RefreshWhenStatusesChange = ({ statementId, shown }: { statementId: number | string; shown: Record<string, string> }) => {
  const { savedDocumentData } = useDocumentInfo()
  const router = useRouter()
  const savedAt = savedDocumentData?.updatedAt as string | undefined
  const seen = useRef(savedAt)
  useEffect(() => {
    if (!savedAt || savedAt === seen.current) return
    seen.current = savedAt
    let cancelled = false
    void fetch(`/api/translations?where[statement][equals]=${statementId}&depth=0&limit=100`, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<{ docs: { language: string; status: string }[] }>) : null))
      .then((body) => {
        if (!cancelled && body?.docs.some((doc) => shown[doc.language] !== doc.status)) router.refresh()
      })
      .catch(() => {})
    return () => {
      cancelled = true
    }
  }, [savedAt, statementId, shown, router])
  return null
}
