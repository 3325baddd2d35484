import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionConfig } from 'payload'

import { peopleSlug } from '../People'
import { isEditor } from '../shared/access/isEditor'
import { isStaff } from '../shared/access/isStaff'
import { publishedOrStaff } from '../shared/access/publishedOrStaff'
import { announcePublicChange, announcePublicDelete, rememberLiveStatus } from '../shared/hooks/announcePublicChange'
import { slugField } from '../shared/fields/slugField'
import { topicsSlug } from '../Topics'
import { Answer } from './blocks/Answer'
import { enforceEditorialRights } from './hooks/enforceEditorialRights'
import { guardAllLocaleWrites } from './hooks/guardAllLocaleWrites'
import { guardPublicReads } from './hooks/guardPublicReads'
import { hideUnpublishedLocales } from './hooks/hideUnpublishedLocales'
import { indexSearchText } from './hooks/indexSearchText'
import { omitSearchStems } from './hooks/omitSearchStems'
import { rememberPreviousSlug } from './hooks/rememberPreviousSlug'
import { Question } from './blocks/Question'
import { statementKinds } from './kinds'

export const statementsSlug = 'statements'

export const Statements: CollectionConfig = {
  slug: statementsSlug,
  labels: {
    singular: { en: 'Statement', ru: 'Заявление' },
    plural: { en: 'Statements', ru: 'Заявления' },
  },
  access: {
    create: isEditor,
    read: publishedOrStaff,
    readVersions: isStaff,
    update: isStaff,
    delete: isEditor,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'publishedAt', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'slug'],
  },
  defaultSort: '-publishedAt',
  // Unpublished languages are removed from locale=all answers by their status, so it is always read.
  forceSelect: { _status: true },
  hooks: {
    beforeOperation: [guardPublicReads, guardAllLocaleWrites],
    beforeChange: [enforceEditorialRights, indexSearchText, rememberPreviousSlug, rememberLiveStatus],
    afterChange: [announcePublicChange],
    afterDelete: [announcePublicDelete],
    afterRead: [hideUnpublishedLocales, omitSearchStems],
  },
  versions: {
    maxPerDoc: 50,
    drafts: {
      autosave: { interval: 2000 },
      localizeStatus: true,
    },
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      localized: true,
      required: true,
      label: { en: 'Title', ru: 'Заголовок' },
    },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      label: { en: 'Summary', ru: 'Краткое содержание' },
      admin: { description: { en: 'One or two sentences for lists, feeds and search results.', ru: 'Одно-два предложения для списков, лент и поиска.' } },
    },
    {
      name: 'body',
      type: 'richText',
      localized: true,
      label: { en: 'Text', ru: 'Текст' },
      editor: lexicalEditor({
        features: ({ defaultFeatures }) => [...defaultFeatures, BlocksFeature({ blocks: [Question, Answer] })],
      }),
    },
    slugField({ from: 'title', localized: true }),
    {
      name: 'previousSlugs',
      type: 'text',
      localized: true,
      label: { en: 'Earlier slugs (redirected here)', ru: 'Прежние адреса (перенаправляются сюда)' },
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (_data, siblingData) => Boolean(siblingData?.previousSlugs),
        description: { en: 'Kept when a published slug changes; old links answer 301 to the current one.', ru: 'Сохраняются при смене адреса опубликованной версии; старые ссылки ведут на текущую.' },
      },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'statement',
      index: true,
      options: statementKinds.map((kind) => ({ value: kind.value, label: kind.label })),
      label: { en: 'Kind', ru: 'Тип' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      // Drafts are not validated, so this is enforced at publication only.
      required: true,
      index: true,
      label: { en: 'Publication date and time', ru: 'Дата и время публикации' },
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm', displayFormat: 'd MMMM yyyy HH:mm' },
      },
    },
    {
      // Stems of the title, summary and body, rewritten by the indexSearchText hook on every save.
      // Not `hidden`: hidden fields cannot be queried without overriding access, and search reads
      // as an anonymous visitor. The omitSearchStems hook leaves it out of every response instead.
      name: 'searchStems',
      type: 'textarea',
      localized: true,
      admin: { hidden: true, disableListColumn: true, disableListFilter: true },
    },
    {
      name: 'speakers',
      type: 'relationship',
      relationTo: peopleSlug,
      hasMany: true,
      label: { en: 'Speakers', ru: 'Выступающие' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'topics',
      type: 'relationship',
      relationTo: topicsSlug,
      hasMany: true,
      label: { en: 'Topics', ru: 'Темы' },
      admin: { position: 'sidebar' },
    },
  ],
}
