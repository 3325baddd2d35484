import type { RequestHandler } from 'express'
import { rateLimit } from 'express-rate-limit'

/** Routes where guessing is the attack: signing in, first registration, password resets, unlocking. */
export const authPaths = [
  '/api/users/login',
  '/api/users/first-register',
  '/api/users/forgot-password',
  '/api/users/reset-password',
  '/api/users/unlock',
]

/**
 * The same operations as GraphQL mutations, as Payload names them for the
 * `users` collection (its singular, `User`). There is no GraphQL first-register.
 */
export const graphqlAuthMutations = ['loginUser', 'forgotPasswordUser', 'resetPasswordUser', 'unlockUser']

/**
 * Per client address: at most `limit` attempts a window on the sign-in and
 * password routes, answered 429 with a reason. Payload's own lockout
 * (maxLoginAttempts) protects each account; this protects the service.
 */
export const authRateLimit = ({ limit = 20, windowMs = 10 * 60 * 1000 }: { limit?: number; windowMs?: number } = {}): RequestHandler =>
  rateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    message: { errors: [{ message: `Too many sign-in or password attempts from this address; try again in ${Math.round(windowMs / 60000)} minutes.` }] },
  })
