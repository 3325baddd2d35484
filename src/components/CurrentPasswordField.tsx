'use client'

import { PasswordField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

// Checked by the server against the stored password; nothing to validate here.
const anyValue = () => true as const

/** Users' `currentPassword`: a masked input the account page sends with a new e-mail or password. */
export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => (
  <PasswordField autoComplete="current-password" field={field} path={path ?? field.name} validate={anyValue} />
)
