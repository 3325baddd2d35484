import type { CollectionBeforeChangeHook } from 'payload'

import type { Statement } from '../../../src/payload-types'

export const minorEditContext = 'minorEdit'

/**
 * "Minor edit" is an instruction for this save only (a typo fix in the
 * source leaves translations as they are); it is never kept on the statement.
 */
export const takeMinorEdit: CollectionBeforeChangeHook<Statement> = ({ data, req }) => {
  req.context[minorEditContext] = data.minorEdit === true
  return { ...data, minorEdit: false }
}
