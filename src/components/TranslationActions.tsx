'use client'
import { Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

type Action = { to: string; label: string }

/** The status changes this person may make to one translation; the API checks them again and its refusal is shown as is. */
export const TranslationActions = ({ id, actions }: { id: number | string; actions: Action[] }) => {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const move = async (to: string) => {
    setBusy(true)
    try {
      const response = await fetch(`/api/translations/${id}`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ status: to }),
      })
      const body = (await response.json().catch(() => ({}))) as { errors?: { message?: string }[]; message?: string }
      if (!response.ok) toast.error(body.errors?.[0]?.message ?? `${response.status}`)
      else toast.success(body.message ?? 'OK')
      router.refresh()
    } finally {
      setBusy(false)
    }
  }
  if (actions.length === 0) return null
  return (
    <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap', marginTop: 6 }}>
      {actions.map((action) => (
        <Button key={action.to} buttonStyle={action.to === 'in-translation' ? 'secondary' : 'primary'} size="small" margin={false} disabled={busy} onClick={() => void move(action.to)}>
          {action.label}
        </Button>
      ))}
    </div>
  )
}
