import type { Payload } from 'payload'

const adminBase = (payload: Payload) => `${payload.config.serverURL}${payload.config.routes.admin}`

/** Payload's own page for choosing a new password with a reset token. */
export const resetPasswordUrl = (payload: Payload, token: string) => `${adminBase(payload)}${payload.config.admin.routes.reset}/${token}`

/** A statement's side-by-side editor, on the given translation. */
export const sideBySideUrl = (payload: Payload, statement: number | string, language: string) =>
  `${adminBase(payload)}/collections/statements/${statement}/side-by-side?target=${encodeURIComponent(language)}`

/** Where a person turns their notifications off. */
export const accountUrl = (payload: Payload) => `${adminBase(payload)}${payload.config.admin.routes.account}`
