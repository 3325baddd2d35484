import { createHash } from 'node:crypto'

import type { FieldHook } from 'payload'

/** What is stored for a password-reset token: its SHA-256 (the token is 160 random bits, so no salt or key is needed). */
export const resetTokenHash = (token: string): string => createHash('sha256').update(token).digest('hex')

/** Payload's tokens are 20 random bytes in hex; a stored hash is 32 bytes, so one is never hashed twice. */
const plainToken = /^[0-9a-f]{40}$/

/**
 * A database dump or a read through a bug should not hand out working reset
 * links. Payload's forgot-password writes the token it e-mails through an
 * update, which runs this hook: the hash is stored instead. The reset
 * operation hashes the token it is given before looking it up
 * (hashResetTokenOnReset), so Payload's reset endpoint, the admin's reset page
 * and GraphQL keep working with the e-mailed token.
 */
export const hashResetToken: FieldHook = ({ value }) => (typeof value === 'string' && plainToken.test(value) ? resetTokenHash(value) : value)
