import type { Access } from 'payload'

import { hasRole } from '../roles'

/** Editors and administrators create and remove content. */
export const isEditor: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')
