import type { CollectionConfig } from 'payload'

import { anyone } from './shared/access/anyone'
import { announcePublicChange, announcePublicDelete } from './shared/hooks/announcePublicChange'
import { rejectMalformedQuery } from './shared/hooks/rejectMalformedQuery'
import { rejectUnknownRelations } from './shared/hooks/rejectUnknownRelations'
import { defaultLocaleWhenNoneAsked } from './shared/hooks/defaultLocaleWhenNoneAsked'
import { requireObjectData } from './shared/hooks/requireObjectData'
import { stripBidiControls } from './shared/hooks/stripBidiControls'
import { deleteOnlyAssignedLanguages } from './shared/hooks/deleteOnlyAssignedLanguages'
import { writeOnlyAssignedLanguages } from './shared/hooks/writeOnlyAssignedLanguages'
import { requireDefaultLocaleName } from './shared/hooks/requireDefaultLocaleName'
import { isEditor } from './shared/access/isEditor'
import { slugField } from './shared/fields/slugField'

export const peopleSlug = 'people'

export const People: CollectionConfig = {
  slug: peopleSlug,
  labels: {
    singular: { en: 'Person', ru: 'Персона' },
    plural: { en: 'People', ru: 'Персоны' },
  },
  access: { create: isEditor, read: anyone, update: isEditor, delete: isEditor },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'position', 'slug'] },
  defaultSort: 'name',
  hooks: {
    beforeOperation: [defaultLocaleWhenNoneAsked, requireObjectData, rejectMalformedQuery],
    beforeValidate: [rejectUnknownRelations],
    beforeChange: [writeOnlyAssignedLanguages, requireDefaultLocaleName('name', { en: 'person', ru: 'персона' })],
    afterChange: [announcePublicChange],
    beforeDelete: [deleteOnlyAssignedLanguages],
    afterDelete: [announcePublicDelete],
  },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true, label: { en: 'Name', ru: 'Имя' }, hooks: { beforeValidate: [stripBidiControls] } },
    { name: 'position', type: 'text', localized: true, label: { en: 'Position', ru: 'Должность' }, hooks: { beforeValidate: [stripBidiControls] } },
    slugField({ from: 'name' }),
    { name: 'photo', type: 'upload', relationTo: 'media', label: { en: 'Photo', ru: 'Фотография' } },
  ],
}
