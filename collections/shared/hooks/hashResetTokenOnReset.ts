import type { CollectionBeforeOperationHook } from 'payload'

import { resetTokenHash } from './hashResetToken'

/**
 * Payload's reset operation looks the user up by `resetPasswordToken` equal to
 * the token it was sent; the stored value is the token's hash (hashResetToken),
 * so the token is hashed here. The operation read `data` before this hook
 * runs, so the same object is changed in place.
 */
export const hashResetTokenOnReset: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'resetPassword') return args
  const data = (args as { data?: { token?: unknown } }).data
  if (data && typeof data.token === 'string') data.token = resetTokenHash(data.token)
  return args
}
