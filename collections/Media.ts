import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { anyone } from './shared/access/anyone'
import { announcePublicChange, announcePublicDelete } from './shared/hooks/announcePublicChange'
import { rejectMalformedQuery } from './shared/hooks/rejectMalformedQuery'
import { requireObjectData } from './shared/hooks/requireObjectData'
import { isEditor } from './shared/access/isEditor'

export const mediaSlug = 'media'

export const Media: CollectionConfig = {
  slug: mediaSlug,
  labels: {
    singular: { en: 'Media file', ru: 'Медиафайл' },
    plural: { en: 'Media', ru: 'Медиафайлы' },
  },
  access: { create: isEditor, read: anyone, update: isEditor, delete: isEditor },
  admin: { useAsTitle: 'filename' },
  upload: {
    staticDir: path.resolve('data', 'media'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/pdf'],
    // Fetching a pasted URL from the server would let an editor make it call any host.
    pasteURL: false,
  },
  hooks: { beforeOperation: [requireObjectData, rejectMalformedQuery], afterChange: [announcePublicChange], afterDelete: [announcePublicDelete] },
  fields: [
    { name: 'alt', type: 'text', localized: true, required: true, label: { en: 'Alternative text', ru: 'Альтернативный текст' } },
    { name: 'caption', type: 'text', localized: true, label: { en: 'Caption', ru: 'Подпись' } },
  ],
}
