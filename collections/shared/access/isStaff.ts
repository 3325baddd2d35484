import type { Access, FieldAccess } from 'payload'

import { hasRole } from '../roles'

/** Anyone with a newsroom role: administrators, editors and translators. */
export const isStaff: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'translator')
export const isStaffField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor', 'translator')
