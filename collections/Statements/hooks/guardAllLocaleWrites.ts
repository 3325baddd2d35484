import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { localeCodes } from '../../../src/i18n/locales'
import type { User } from '../../../src/payload-types'
import { hasRole } from '../../shared/roles'

/**
 * Publishing or unpublishing every language at once (`publishAllLocales`,
 * `unpublishAllLocales`) writes languages the per-language checks never see:
 * only an administrator, or an editor assigned every language, may do it.
 */
export const guardAllLocaleWrites: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'update' && operation !== 'create') return args
  const { publishAllLocales, unpublishAllLocales } = args as { publishAllLocales?: unknown; unpublishAllLocales?: unknown }
  const allLocales = [publishAllLocales, unpublishAllLocales].some((flag) => flag === true || flag === 'true')
  const user = req.user as User | null | undefined
  if (!allLocales || !user || hasRole(user, 'admin')) return args
  const everyLanguage = localeCodes.every((code) => (user.languages ?? []).includes(code as never))
  if (hasRole(user, 'editor') && everyLanguage) return args
  throw new APIError(
    'Publishing or unpublishing every language at once needs an editor assigned to every language; publish your own language instead.',
    403,
    null,
    true,
  )
}
