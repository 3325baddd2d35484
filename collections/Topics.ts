import type { CollectionConfig } from 'payload'

import { anyone } from './shared/access/anyone'
import { announcePublicChange, announcePublicDelete } from './shared/hooks/announcePublicChange'
import { rejectMalformedQuery } from './shared/hooks/rejectMalformedQuery'
import { defaultLocaleWhenNoneAsked } from './shared/hooks/defaultLocaleWhenNoneAsked'
import { requireObjectData } from './shared/hooks/requireObjectData'
import { stripBidiControls } from './shared/hooks/stripBidiControls'
import { deleteOnlyAssignedLanguages } from './shared/hooks/deleteOnlyAssignedLanguages'
import { writeOnlyAssignedLanguages } from './shared/hooks/writeOnlyAssignedLanguages'
import { requireDefaultLocaleName } from './shared/hooks/requireDefaultLocaleName'
import { isEditor } from './shared/access/isEditor'
import { slugField } from './shared/fields/slugField'

export const topicsSlug = 'topics'

export const Topics: CollectionConfig = {
  slug: topicsSlug,
  labels: {
    singular: { en: 'Topic', ru: 'Тема' },
    plural: { en: 'Topics', ru: 'Темы' },
  },
  access: { create: isEditor, read: anyone, update: isEditor, delete: isEditor },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'type', 'slug'] },
  defaultSort: 'name',
  hooks: {
    beforeOperation: [defaultLocaleWhenNoneAsked, requireObjectData, rejectMalformedQuery],
    beforeChange: [writeOnlyAssignedLanguages, requireDefaultLocaleName('name', { en: 'topic', ru: 'тема' })],
    afterChange: [announcePublicChange],
    beforeDelete: [deleteOnlyAssignedLanguages],
    afterDelete: [announcePublicDelete],
  },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true, label: { en: 'Name', ru: 'Название' }, hooks: { beforeValidate: [stripBidiControls] } },
    slugField({ from: 'name' }),
    {
      name: 'type',
      type: 'select',
      required: true,
      defaultValue: 'theme',
      index: true,
      label: { en: 'Type', ru: 'Тип' },
      options: [
        { value: 'country', label: { en: 'Country', ru: 'Страна' } },
        { value: 'region', label: { en: 'Region', ru: 'Регион' } },
        { value: 'theme', label: { en: 'Theme', ru: 'Тематика' } },
      ],
    },
  ],
}
