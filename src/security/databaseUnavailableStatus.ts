import type { AfterErrorHook } from 'payload'

import { isUnavailable } from '../render/middleware/isUnavailable'

/**
 * Payload answers every unexpected REST error with a 500 "Something went
 * wrong." When the database is out of reach that is a 503, as on the public
 * pages, so clients and load balancers know to try again; still no detail.
 */
export const databaseUnavailableStatus: AfterErrorHook = ({ error }) =>
  isUnavailable(error) ? { status: 503, response: { errors: [{ message: 'The service is unavailable right now. Please try again in a moment.' }] } } : undefined
