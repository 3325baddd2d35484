import type { Access, FieldAccess } from 'payload'

import { hasRole } from '../roles'

/** Editors and administrators create and remove content. */
export const isEditor: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')

/** Field-level: only editors and administrators set it. */
export const isEditorField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor')
