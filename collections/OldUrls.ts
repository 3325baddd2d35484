import type { CollectionConfig } from 'payload'

import { isEditor } from './shared/access/isEditor'
import { isStaff } from './shared/access/isStaff'
import { rejectMalformedQuery } from './shared/hooks/rejectMalformedQuery'
import { requireObjectData } from './shared/hooks/requireObjectData'
import { localeCodes } from '../src/i18n/locales'

export const oldUrlsSlug = 'old-urls'

/**
 * Addresses a language version had on the site the archive came from
 * (`/en/foreign_policy/news/-/asset_publisher/…/content/id/4102931`). The
 * public site answers each with a 301 to the version's current page, found
 * by this unique, indexed path; nothing else reads them. Staff-only through
 * the API: an old address of an unpublished version is not public.
 */
export const OldUrls: CollectionConfig = {
  slug: oldUrlsSlug,
  labels: {
    singular: { en: 'Old address', ru: 'Прежний адрес' },
    plural: { en: 'Old addresses', ru: 'Прежние адреса' },
  },
  access: { create: isEditor, read: isStaff, update: isEditor, delete: isEditor },
  admin: { useAsTitle: 'path', defaultColumns: ['path', 'statement', 'locale'], group: { en: 'Workflow', ru: 'Работа с текстами' } },
  lockDocuments: false,
  hooks: { beforeOperation: [requireObjectData, rejectMalformedQuery] },
  fields: [
    {
      name: 'path',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { en: 'Path on the old site', ru: 'Путь на прежнем сайте' },
      admin: { description: { en: 'Without the host: /en/news/123. Answers 301 to the statement in that language.', ru: 'Без домена: /ru/news/123. Отвечает 301 на заявление на этом языке.' } },
    },
    { name: 'statement', type: 'relationship', relationTo: 'statements', required: true, index: true, label: { en: 'Statement', ru: 'Заявление' } },
    { name: 'locale', type: 'select', required: true, options: localeCodes.map((code) => ({ value: code, label: code })), label: { en: 'Language', ru: 'Язык' } },
  ],
}
