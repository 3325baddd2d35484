'use client'
import { CheckboxField, useFormFields } from '@payloadcms/ui'
import type { CheckboxFieldClientComponent } from 'payload'
import { useEffect } from 'react'

/**
 * "Send an invitation" on a new account. Payload's create form always asks for a password and checks it in
 * the browser; ticked, this fills both password inputs with a throwaway value and hides them. The server
 * replaces that value with a random password nobody sees and e-mails the person a link to choose their own
 * (src/email/invitations.ts), so nothing typed or filled in here ever becomes a password.
 */
export const SendInvitationField: CheckboxFieldClientComponent = (props) => {
  const checked = useFormFields(([fields]) => fields[props.path]?.value === true)
  const dispatch = useFormFields(([, dispatchFields]) => dispatchFields)
  useEffect(() => {
    // getRandomValues, unlike randomUUID, works on plain http too.
    const filler = checked ? Array.from(crypto.getRandomValues(new Uint8Array(18)), (byte) => byte.toString(16).padStart(2, '0')).join('') : ''
    for (const path of ['password', 'confirm-password']) dispatch({ type: 'UPDATE', path, value: filler, valid: true, errorMessage: undefined })
  }, [checked, dispatch])
  return (
    <>
      <CheckboxField {...props} />
      {checked && <style>{'.auth-fields__changing-password { display: none; }'}</style>}
    </>
  )
}
