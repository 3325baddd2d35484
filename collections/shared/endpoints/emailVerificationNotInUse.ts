import type { Endpoint } from 'payload'

/**
 * Payload routes POST /api/<auth collection>/verify/:token whether or not the
 * collection verifies e-mail addresses. Ours does not (an administrator
 * creates every account), so the token field does not exist and the lookup
 * failed with a 500. Listed before Payload's own endpoint, this answers 404
 * with the reason instead.
 */
export const emailVerificationNotInUse: Endpoint = {
  path: '/verify/:token',
  method: 'post',
  handler: () =>
    Response.json({ errors: [{ message: 'E-mail verification is not in use here: an administrator creates every account.' }] }, { status: 404 }),
}
