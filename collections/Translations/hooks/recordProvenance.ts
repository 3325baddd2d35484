import type { CollectionBeforeChangeHook } from 'payload'

import type { Statement, Translation, User } from '../../../src/payload-types'
import { keepRequestLocale } from '../../shared/keepRequestLocale'
import { snapshotOf } from '../sourceSnapshot'
import { workflowContext } from '../workflowContext'

const idOf = (value: unknown): string | number | undefined =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: string | number }).id : (value as string | number | undefined)

/**
 * Who sent a language for review and who approved it, when, and against
 * which version of the source: approval keeps a snapshot of the source text,
 * so a later change to the source can be shown field by field.
 */
export const recordProvenance: CollectionBeforeChangeHook<Translation> = async ({ data, originalDoc, req, operation }) => {
  if (operation !== 'update' || req.context?.[workflowContext] || !originalDoc || data.status === originalDoc.status) return data
  const user = req.user as User | null | undefined
  const now = new Date().toISOString()
  if (data.status === 'in-review') return { ...data, submittedBy: user?.id ?? null, submittedAt: now }
  if (data.status !== 'approved') return data
  const statementId = idOf(originalDoc.statement)!
  const statement = (await keepRequestLocale(req, () => req.payload.findByID({
    collection: 'statements',
    id: statementId,
    draft: true,
    depth: 0,
    locale: 'all',
    overrideAccess: true,
    req,
  }))) as unknown as Record<string, Record<string, unknown> | undefined> & Pick<Statement, 'sourceLanguage'>
  const source = statement.sourceLanguage ?? 'en-GB'
  const inSource = (field: 'title' | 'summary' | 'body') => statement[field]?.[source] as never
  const { docs: latest } = await req.payload.findVersions({
    collection: 'statements',
    where: { parent: { equals: statementId } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
    select: { updatedAt: true },
  })
  return {
    ...data,
    approvedBy: user?.id ?? null,
    approvedAt: now,
    sourceVersion: latest[0] ? String(latest[0].id) : null,
    sourceSnapshot: snapshotOf({ title: inSource('title'), summary: inSource('summary'), body: inSource('body') }),
    staleFields: [],
  }
}
