import { APIError, type CollectionAfterLoginHook, type CollectionAfterOperationHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { env } from '../../../src/env'
import { clientAddressHeader } from '../../../src/security/clientAddress'
import { signInFailures, signInLockPolicy } from '../../../src/security/signInFailures'

/**
 * Wrong passwords lock an account for the address they came from, not for
 * everyone: with Payload's own lock (per account), anyone could lock the
 * administrator out with five wrong guesses from anywhere. The address is the
 * one the front door worked out (TRUST_PROXY included) and passed on; a
 * sign-in that did not come through it (the Local API) counts as `local`.
 * The per-address limit at the front door bounds the guesses across accounts.
 */
const addressOf = (req: PayloadRequest): string => req.headers?.get(clientAddressHeader) ?? 'local'

const accountOf = (data: unknown): string | null => {
  const email = (data as { email?: unknown } | undefined)?.email
  return typeof email === 'string' && email.trim() !== '' ? email.trim().toLowerCase() : null
}

export const lockedMessage = `Too many wrong passwords for this account from your address: try again in ${signInLockPolicy.lockMs / 60_000} minutes, or ask an administrator to unlock it.`

/** Counts the attempt before the password is checked, and refuses it unchecked once past the limit. */
export const countSignInAttempt: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const account = accountOf((args as { data?: unknown }).data)
  // CASE: no e-mail; Payload refuses it with its own reason.
  if (!account) return args
  const attempts = await signInFailures(env.redisUrl).attempt(account, addressOf(req))
  if (attempts > signInLockPolicy.max) throw new APIError(lockedMessage, 429, undefined, true)
  return args
}

/** A right password from this address clears its count. */
export const clearSignInAttempts: CollectionAfterLoginHook = async ({ req, user }) => {
  const account = accountOf(user)
  if (account) await signInFailures(env.redisUrl).succeeded(account, addressOf(req))
}

/** An administrator's unlock clears the account's count for every address. */
export const unlockSignIns: CollectionAfterOperationHook = async ({ args, operation, result }) => {
  if (operation !== 'unlock' || !result) return result
  const account = accountOf((args as { data?: unknown }).data)
  if (account) await signInFailures(env.redisUrl).unlock(account)
  return result
}
