import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionConfig } from 'payload'

import { peopleSlug } from '../People'
import { isEditor } from '../shared/access/isEditor'
import { isStaff, isStaffField } from '../shared/access/isStaff'
import { publishedOrStaff } from '../shared/access/publishedOrStaff'
import { announcePublicChange, announcePublicDelete, rememberLiveStatus } from '../shared/hooks/announcePublicChange'
import { slugField } from '../shared/fields/slugField'
import { deleteOnlyAssignedLanguages } from '../shared/hooks/deleteOnlyAssignedLanguages'
import { inSiteTimeZone } from '../shared/fields/siteTimeZone'
import { lockRowForUpdate } from '../shared/hooks/lockRowForUpdate'
import { writeOnlyAssignedLanguages } from '../shared/hooks/writeOnlyAssignedLanguages'
import { topicsSlug } from '../Topics'
import { Answer } from './blocks/Answer'
import { checkRevision, noteSentRevision } from './hooks/checkRevision'
import { deleteOldUrls } from './hooks/deleteOldUrls'
import { deleteTranslationRecords } from './hooks/deleteTranslationRecords'
import { enforceEditorialRights } from './hooks/enforceEditorialRights'
import { gateTranslationPublish } from './hooks/gateTranslationPublish'
import { guardAllLocaleWrites } from './hooks/guardAllLocaleWrites'
import { rejectMalformedQuery } from '../shared/hooks/rejectMalformedQuery'
import { rejectUnknownRelations } from '../shared/hooks/rejectUnknownRelations'
import { defaultLocaleWhenNoneAsked } from '../shared/hooks/defaultLocaleWhenNoneAsked'
import { requireKnownStatus } from '../shared/hooks/requireKnownStatus'
import { requireObjectData } from '../shared/hooks/requireObjectData'
import { stripBidiControls } from '../shared/hooks/stripBidiControls'
import { guardPublicReads } from './hooks/guardPublicReads'
import { guardRestore } from './hooks/guardRestore'
import { hideUnpublishedLocales } from './hooks/hideUnpublishedLocales'
import { indexSearchText } from './hooks/indexSearchText'
import { dropDeletedListings, keepListings } from './hooks/keepListings'
import { noteSaveOptions } from './hooks/noteSaveOptions'
import { queueRelease } from './hooks/queueRelease'
import { omitSearchStems } from './hooks/omitSearchStems'
import { rememberPreviousSlug } from './hooks/rememberPreviousSlug'
import { takeMinorEdit } from './hooks/takeMinorEdit'
import { trackTranslations } from './hooks/trackTranslations'
import { validateRelease } from './hooks/validateRelease'
import { localeCodes } from '../../src/i18n/locales'
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
    defaultColumns: ['title', 'kind', 'publishedAt', 'translations', 'updatedAt'],
    components: {
      beforeList: ['/components/TranslationQueue#TranslationQueue'],
      edit: {
        PublishButton: '/components/PublishForEditors#PublishForEditors',
        // Payload's Status cannot be wrapped (it is not exported): this sits beside it and hides it when scheduled.
        beforeDocumentControls: ['/components/ScheduledStatus#ScheduledStatus'],
      },
      views: {
        edit: {
          sideBySide: {
            Component: '/components/SideBySide/SideBySideView#SideBySideView',
            path: '/side-by-side',
            tab: { label: ({ t }) => (t as (key: string) => string)('custom:sideBySide'), href: '/side-by-side', order: 150 },
          },
        },
      },
    },
    listSearchableFields: ['title', 'slug'],
  },
  defaultSort: '-publishedAt',
  // Payload's whole-document lock would stop a translator while an editor has the English open; saves
  // write one language each, and same-language conflicts are caught by the revision check instead.
  lockDocuments: false,
  // Unpublished languages are removed from locale=all answers by their status, so it is always read.
  forceSelect: { _status: true },
  hooks: {
    beforeOperation: [defaultLocaleWhenNoneAsked, requireObjectData, requireKnownStatus, rejectMalformedQuery, guardPublicReads, guardAllLocaleWrites, guardRestore, noteSaveOptions, noteSentRevision, lockRowForUpdate],
    beforeValidate: [rejectUnknownRelations],
    beforeChange: [
      writeOnlyAssignedLanguages,
      enforceEditorialRights,
      checkRevision,
      takeMinorEdit,
      gateTranslationPublish,
      validateRelease,
      indexSearchText,
      rememberPreviousSlug,
      rememberLiveStatus,
    ],
    afterChange: [trackTranslations, queueRelease, keepListings, announcePublicChange],
    beforeDelete: [deleteOnlyAssignedLanguages, deleteTranslationRecords, deleteOldUrls],
    afterDelete: [dropDeletedListings, announcePublicDelete],
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
      hooks: { beforeValidate: [stripBidiControls] },
    },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      label: { en: 'Summary', ru: 'Краткое содержание' },
      hooks: { beforeValidate: [stripBidiControls] },
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
      timezone: inSiteTimeZone(),
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm', displayFormat: 'd MMMM yyyy HH:mm' },
      },
    },
    {
      name: 'translationsPanel',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/components/TranslationsPanel#TranslationsPanel' }, disableListColumn: true },
    },
    {
      name: 'sourceLanguage',
      type: 'select',
      defaultValue: localeCodes[0],
      options: localeCodes.map((code) => ({ value: code, label: code })),
      label: { en: 'Source language', ru: 'Язык оригинала' },
      // Translations are measured against the source; changing it afterwards would strand them.
      access: { update: () => false },
      admin: { position: 'sidebar', description: { en: 'The language the statement is written in; the others are translations of it.', ru: 'Язык, на котором написано заявление; остальные — его переводы.' } },
    },
    {
      name: 'releaseAt',
      type: 'date',
      label: { en: 'Embargoed release', ru: 'Выпуск по эмбарго' },
      timezone: inSiteTimeZone(),
      // Who may set it is checked by enforceEditorialRights, which says why when it refuses.
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm', displayFormat: 'd MMMM yyyy HH:mm' },
        description: {
          en: 'At this instant every approved language goes live together; before it, nothing of the statement is public. Needs every language with text approved.',
          ru: 'В этот момент все утверждённые языковые версии публикуются одновременно; до него заявление нигде не видно. Все версии с текстом должны быть утверждены.',
        },
      },
    },
    {
      name: 'minorEdit',
      type: 'checkbox',
      label: { en: 'Minor edit (typo fix): translations stay as they are', ru: 'Мелкая правка (опечатка): переводы не устаревают' },
      admin: { position: 'sidebar' },
    },
    {
      // Raised by every save of a language; a client that sends the revision it started from gets a 409 on a
      // conflict. Hidden, not disabled: the admin form carries it and takes the new value after every save.
      name: 'revision',
      type: 'number',
      localized: true,
      admin: { hidden: true, disableListColumn: true, disableListFilter: true },
    },
    {
      name: 'translations',
      type: 'join',
      collection: 'translations',
      on: 'statement',
      label: { en: 'Translations', ru: 'Переводы' },
      defaultLimit: 10,
      admin: {
        // Records come with the statement; nobody adds one by hand.
        allowCreate: false,
        defaultColumns: ['language', 'status', 'translatedBy', 'approvedBy', 'updatedAt'],
        components: { Cell: '/components/TranslationBadges#TranslationBadges' },
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
      // The statement's id in the archive it was imported from: a second import of the same archive finds it here.
      name: 'externalId',
      type: 'text',
      unique: true,
      index: true,
      label: { en: 'Archive id', ru: 'Идентификатор в архиве' },
      // Written only by the importer (the Local API, which overrides access); the newsroom's, not readers'.
      access: { read: isStaffField, create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.externalId) },
    },
    {
      // A digest of the archive line last imported: the same line again changes nothing.
      name: 'archiveDigest',
      type: 'text',
      access: { read: isStaffField, create: () => false, update: () => false },
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
