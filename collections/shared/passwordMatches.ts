import { pbkdf2, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

const pbkdf2Async = promisify(pbkdf2)

// Payload 3.90's stored format (auth/strategies/local/generatePasswordSaltHash, not exported):
// "pbkdf2-sha256-v1:<hex>" at 600,000 iterations and 32 bytes, or a bare legacy hash at 25,000 and 512.
const currentPrefix = 'pbkdf2-sha256-v1:'

/** Whether `password` is the one stored as `hash` and `salt`, compared in constant time. */
export const passwordMatches = async (password: string, { hash, salt }: { hash?: unknown; salt?: unknown }): Promise<boolean> => {
  if (typeof hash !== 'string' || typeof salt !== 'string' || password === '') return false
  const current = hash.startsWith(currentPrefix)
  const stored = Buffer.from(current ? hash.slice(currentPrefix.length) : hash, 'hex')
  const derived = await pbkdf2Async(password, salt, current ? 600_000 : 25_000, current ? 32 : 512, 'sha256')
  return derived.length === stored.length && timingSafeEqual(derived, stored)
}
