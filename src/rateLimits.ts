import type { RequestHandler } from 'express'
import { rateLimit } from 'express-rate-limit'

import { normalisedPath } from './security/normalisedPath'

/** Routes where guessing is the attack: signing in, first registration, password resets, unlocking, verification. */
export const authPaths = [
  '/api/users/login',
  '/api/users/first-register',
  '/api/users/forgot-password',
  '/api/users/reset-password',
  '/api/users/unlock',
]

/**
 * Whether a POST to this path is one of them however it is spelt (see
 * normalisedPath): `/api/users/%6cogin` or `/api//users/login/` reach sign-in
 * too. A verification link (`/api/users/verify/TOKEN`) is a guess at a token.
 */
export const isAuthPath = (path: string): boolean => {
  const normal = normalisedPath(path)
  return normal !== null && (authPaths.includes(normal) || normal.startsWith('/api/users/verify/'))
}

/**
 * The same operations as GraphQL mutations, as Payload names them for the
 * `users` collection (its singular, `User`). There is no GraphQL first-register.
 */
export const graphqlAuthMutations = ['loginUser', 'forgotPasswordUser', 'resetPasswordUser', 'unlockUser']

/**
 * Per client address: at most `limit` attempts a window on the sign-in and
 * password routes, answered 429 with a reason. Wrong passwords lock an
 * account for the address they came from (collections/shared/hooks/signInLock.ts);
 * this protects the service.
 */
export const authRateLimit = ({ limit = 20, windowMs = 10 * 60 * 1000 }: { limit?: number; windowMs?: number } = {}): RequestHandler =>
  rateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    message: { errors: [{ message: `Too many sign-in or password attempts from this address; try again in ${Math.round(windowMs / 60000)} minutes.` }] },
  })

/** The limiter on every POST whose path is a sign-in or password route once normalised. */
export const limitAuthAttempts =
  (limiter: RequestHandler): RequestHandler =>
  (req, res, next) => {
    if (req.method !== 'POST' || !isAuthPath(req.path)) return next()
    return limiter(req, res, next)
  }
