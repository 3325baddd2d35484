import type { CollectionConfig } from 'payload'

import { isStaff } from './shared/access/isStaff'
import { nobody } from './shared/access/nobody'
import { rejectMalformedQuery } from './shared/hooks/rejectMalformedQuery'
import { inSiteTimeZone } from './shared/fields/siteTimeZone'

export const releaseLogSlug = 'release-log'

/**
 * One entry per release that went out. Its `key` (statement and instant) is
 * unique, so when several instances run the same due job, the database lets
 * exactly one of them release it.
 */
export const ReleaseLog: CollectionConfig = {
  slug: releaseLogSlug,
  labels: { singular: { en: 'Release', ru: 'Выпуск' }, plural: { en: 'Releases', ru: 'Выпуски' } },
  access: { create: nobody, read: isStaff, update: nobody, delete: nobody },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['statement', 'releaseAt', 'languages', 'createdAt'],
    group: { en: 'Workflow', ru: 'Работа с текстами' },
  },
  defaultSort: '-releaseAt',
  // Written by the release job only; nothing a person opens here should leave a lock behind.
  lockDocuments: false,
  hooks: { beforeOperation: [rejectMalformedQuery] },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, admin: { readOnly: true } },
    { name: 'statement', type: 'relationship', relationTo: 'statements', required: true, label: { en: 'Statement', ru: 'Заявление' }, admin: { readOnly: true } },
    { name: 'releaseAt', type: 'date', required: true, label: { en: 'Release time', ru: 'Время выпуска' }, timezone: inSiteTimeZone(), admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'languages', type: 'text', label: { en: 'Languages released', ru: 'Выпущенные языки' }, admin: { readOnly: true } },
  ],
}
