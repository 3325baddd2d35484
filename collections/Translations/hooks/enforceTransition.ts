import { APIError, type CollectionBeforeChangeHook } from 'payload'

import type { Translation, User } from '../../../src/payload-types'
import { hasRole } from '../../shared/roles'
import { moves, statusLabel, type TranslationStatus } from '../statuses'
import { workflowContext } from '../workflowContext'

const refuse = (message: string): never => {
  throw new APIError(message, 403, null, true)
}

/** The only fields a person sets; provenance and staleness are written by the workflow itself. */
const personFields = new Set(['status'])

/**
 * Status changes made by people: a translator sends a language for review
 * (or takes it back); an editor for that language approves it or sends it
 * back. Everything else on the record is kept by the workflow. Each refusal
 * is a 403 that says why.
 */
export const enforceTransition: CollectionBeforeChangeHook<Translation> = ({ data, originalDoc, req, operation }) => {
  if (req.context?.[workflowContext]) return data
  const user = req.user as User | null | undefined
  if (operation === 'create') return refuse('Translation records are created with their statement; change a language by editing the statement.')
  if (!user) return data
  const language = String(originalDoc?.language)
  const from = originalDoc?.status as TranslationStatus
  const to = (data.status ?? from) as TranslationStatus
  const otherFields = Object.keys(data).filter((key) => !personFields.has(key) && JSON.stringify(data[key as keyof typeof data]) !== JSON.stringify(originalDoc?.[key as keyof typeof originalDoc]))
  const systemFields = otherFields.filter((key) => !['id', 'updatedAt', 'createdAt', 'statement', 'language'].includes(key))
  if (systemFields.length > 0) refuse(`Only the status can be changed here; ${systemFields.join(', ')} ${systemFields.length > 1 ? 'are' : 'is'} kept by the workflow.`)
  if (data.statement !== undefined && String(typeof data.statement === 'object' ? data.statement?.id : data.statement) !== String(typeof originalDoc?.statement === 'object' ? originalDoc?.statement?.id : originalDoc?.statement)) {
    refuse('A translation record belongs to one statement and cannot be moved.')
  }
  if (data.language !== undefined && data.language !== originalDoc?.language) refuse('A translation record belongs to one language and cannot be moved.')
  if (to === from) return data
  if (!hasRole(user, 'admin') && !(user.languages ?? []).includes(language as never)) {
    refuse(`You may work only on ${(user.languages ?? []).join(', ') || 'no languages'}; this translation is ${language}.`)
  }
  const role = hasRole(user, 'admin', 'editor') ? 'editor' : 'translator'
  const allowedFrom = moves[role][to]
  if (!allowedFrom) {
    const why = to === 'approved' ? `only an editor for ${language} approves a translation` : `"${statusLabel(to)}" is set by the system when a language is published or its source changes`
    refuse(`Cannot move the ${language} translation to "${statusLabel(to)}": ${why}.`)
  }
  if (!allowedFrom!.includes(from)) {
    refuse(`Cannot move the ${language} translation from "${statusLabel(from)}" to "${statusLabel(to)}".${from === 'missing' ? ' There is no text to review yet.' : ''}`)
  }
  return data
}
