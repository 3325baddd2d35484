import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { announcePublicChange, announcePublicDelete } from './shared/hooks/announcePublicChange'
import { refuseFileUrl } from './shared/hooks/refuseFileUrl'
import { rejectMalformedQuery } from './shared/hooks/rejectMalformedQuery'
import { defaultLocaleWhenNoneAsked } from './shared/hooks/defaultLocaleWhenNoneAsked'
import { requireObjectData } from './shared/hooks/requireObjectData'
import { stripBidiControls } from './shared/hooks/stripBidiControls'
import { deleteOnlyAssignedLanguages } from './shared/hooks/deleteOnlyAssignedLanguages'
import { writeOnlyAssignedLanguages } from './shared/hooks/writeOnlyAssignedLanguages'
import { isEditor } from './shared/access/isEditor'
import { publicOrStaff } from './shared/access/publicOrStaff'

export const mediaSlug = 'media'

export const Media: CollectionConfig = {
  slug: mediaSlug,
  labels: {
    singular: { en: 'Media file', ru: 'Медиафайл' },
    plural: { en: 'Media', ru: 'Медиафайлы' },
  },
  access: { create: isEditor, read: publicOrStaff, update: isEditor, delete: isEditor },
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'alt', 'public', 'updatedAt'] },
  upload: {
    staticDir: path.resolve('data', 'media'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/pdf'],
    // Fetching a pasted URL from the server would let an editor make it call any host (refuseFileUrl too).
    pasteURL: false,
  },
  hooks: { beforeOperation: [defaultLocaleWhenNoneAsked, requireObjectData, refuseFileUrl, rejectMalformedQuery], beforeChange: [writeOnlyAssignedLanguages], afterChange: [announcePublicChange], beforeDelete: [deleteOnlyAssignedLanguages], afterDelete: [announcePublicDelete] },
  fields: [
    { name: 'alt', type: 'text', localized: true, required: true, label: { en: 'Alternative text', ru: 'Альтернативный текст' }, hooks: { beforeValidate: [stripBidiControls] } },
    { name: 'caption', type: 'text', localized: true, label: { en: 'Caption', ru: 'Подпись' }, hooks: { beforeValidate: [stripBidiControls] } },
    {
      name: 'public',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { en: 'Readers may load this file', ru: 'Файл доступен читателям' },
      admin: {
        position: 'sidebar',
        description: {
          en: 'Off until the statement that uses it is published: before that, only staff can open it, even by its address.',
          ru: 'Выключено, пока не опубликовано заявление, в котором он используется: до этого файл открывают только сотрудники, даже по прямому адресу.',
        },
      },
    },
  ],
}
