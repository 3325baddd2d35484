import type { CollectionConfig } from 'payload'

import { localeCodes } from '../../src/i18n/locales'
import { isAdmin } from '../shared/access/isAdmin'
import { isStaff } from '../shared/access/isStaff'
import { nobody } from '../shared/access/nobody'
import { enforceTransition } from './hooks/enforceTransition'
import { notifyStatusChange } from './hooks/notifyStatusChange'
import { recordProvenance } from './hooks/recordProvenance'
import { rejectMalformedQuery } from '../shared/hooks/rejectMalformedQuery'
import { requireObjectData } from '../shared/hooks/requireObjectData'
import { sideBySideURL } from './sideBySideURL'
import { inSiteTimeZone } from '../shared/fields/siteTimeZone'
import { translationStatuses } from './statuses'

export const translationsSlug = 'translations'

const sidebarDate = (name: string, label: { en: string; ru: string }) =>
  ({ name, type: 'date', label, timezone: inSiteTimeZone(), admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy HH:mm' } } }) as const

const byUser = (name: string, label: { en: string; ru: string }) =>
  ({ name, type: 'relationship', relationTo: 'users', label, admin: { readOnly: true } }) as const

/**
 * One record per statement and language other than the statement's source:
 * where the translation stands, who did what and when, and, once the source
 * changes after approval, which fields changed. Kept apart from the statement
 * so that the workflow never writes a statement version or touches public text.
 */
export const Translations: CollectionConfig = {
  slug: translationsSlug,
  labels: {
    singular: { en: 'Translation', ru: 'Перевод' },
    plural: { en: 'Translations', ru: 'Переводы' },
  },
  access: {
    create: nobody,
    read: isStaff,
    update: isStaff,
    delete: isAdmin,
  },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['statement', 'language', 'status', 'updatedAt'],
    listSearchableFields: ['label'],
    description: {
      en: 'Every language version that is not a statement’s source. Filter by language and status to find what needs translating, reviewing or updating.',
      ru: 'Все языковые версии, кроме исходной. Отфильтруйте по языку и статусу, чтобы найти то, что нужно перевести, проверить или обновить.',
    },
    group: { en: 'Workflow', ru: 'Работа с текстами' },
    // A row opens the translation itself, side by side with its source, in the record's language.
    formatDocURL: ({ doc, defaultURL, req }) => sideBySideURL(req.payload.config.routes.admin, doc.statement, doc.language) ?? defaultURL,
  },
  defaultSort: '-updatedAt',
  // Records are the workflow's own state, moved by buttons (Send for review, Approve) that write at once; a lock
  // taken by whoever opened one would refuse an editor's Approve for five minutes ("locked by another user").
  lockDocuments: false,
  hooks: { beforeOperation: [requireObjectData, rejectMalformedQuery], beforeChange: [enforceTransition, recordProvenance], afterChange: [notifyStatusChange] },
  indexes: [{ fields: ['statement', 'language'], unique: true }],
  fields: [
    { name: 'label', type: 'text', admin: { hidden: true }, label: { en: 'Statement and language', ru: 'Заявление и язык' } },
    { name: 'statement', type: 'relationship', relationTo: 'statements', required: true, index: true, label: { en: 'Statement', ru: 'Заявление' }, admin: { readOnly: true } },
    {
      name: 'language',
      type: 'select',
      required: true,
      index: true,
      options: localeCodes.map((code) => ({ value: code, label: code })),
      label: { en: 'Language', ru: 'Язык' },
      admin: { readOnly: true },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'missing',
      options: translationStatuses.map(({ value, label }) => ({ value, label })),
      label: { en: 'Status', ru: 'Статус' },
      admin: { components: { Cell: '/components/StatusCell#StatusCell' } },
    },
    {
      type: 'collapsible',
      label: { en: 'Provenance', ru: 'История' },
      fields: [
        byUser('translatedBy', { en: 'Translated by', ru: 'Переводчик' }),
        sidebarDate('translatedAt', { en: 'Last translated', ru: 'Последняя правка перевода' }),
        byUser('submittedBy', { en: 'Sent for review by', ru: 'Отправил на проверку' }),
        sidebarDate('submittedAt', { en: 'Sent for review', ru: 'Отправлен на проверку' }),
        byUser('approvedBy', { en: 'Approved by', ru: 'Утвердил' }),
        sidebarDate('approvedAt', { en: 'Approved', ru: 'Утверждён' }),
        { name: 'sourceVersion', type: 'text', label: { en: 'Approved against source version', ru: 'Утверждён по версии оригинала' }, admin: { readOnly: true } },
        byUser('publishedBy', { en: 'Published by', ru: 'Опубликовал' }),
        sidebarDate('publishedAt', { en: 'Published', ru: 'Опубликован' }),
        { name: 'importedFrom', type: 'text', label: { en: 'Imported from archive', ru: 'Импортирован из архива' }, admin: { readOnly: true, condition: (data) => Boolean(data?.importedFrom) } },
        { ...sidebarDate('importedAt', { en: 'Imported', ru: 'Импортирован' }), admin: { readOnly: true, condition: (data: Record<string, unknown>) => Boolean(data?.importedAt) } },
      ],
    },
    {
      name: 'staleFields',
      type: 'json',
      label: { en: 'Source changes since approval', ru: 'Изменения оригинала после утверждения' },
      admin: { readOnly: true, components: { Field: '/components/StaleFieldsDiff#StaleFieldsDiff' } },
    },
    { name: 'sourceSnapshot', type: 'json', admin: { hidden: true } },
  ],
}
