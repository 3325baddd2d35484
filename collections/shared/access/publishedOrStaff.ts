import type { Access } from 'payload'

import { hasRole } from '../roles'

/**
 * Staff read everything; everyone else reads only documents whose status is
 * published in the requested locale (the status is localized, so the
 * constraint is evaluated per language).
 */
export const publishedOrStaff: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor', 'translator')) return true
  return { _status: { equals: 'published' } }
}
