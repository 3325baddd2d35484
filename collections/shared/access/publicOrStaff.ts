import type { Access } from 'payload'

import { hasRole } from '../roles'

/**
 * Staff read everything; anyone else only files an editor has released to
 * the public (`public`), so an image or PDF for an embargoed statement
 * cannot be fetched by its URL before the statement is out.
 */
export const publicOrStaff: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor', 'translator')) return true
  return { public: { equals: true } }
}
