import type { GlobalConfig } from 'payload'

import { anyone } from './shared/access/anyone'
import { announceGlobalChange } from './shared/hooks/announcePublicChange'
import { requireObjectData } from './shared/hooks/requireObjectData'
import { writeOnlyAssignedLanguages } from './shared/hooks/writeOnlyAssignedLanguages'
import { isAdmin } from './shared/access/isAdmin'

export const siteSettingsSlug = 'site-settings'

export const SiteSettings: GlobalConfig = {
  slug: siteSettingsSlug,
  label: { en: 'Site settings', ru: 'Настройки сайта' },
  access: { read: anyone, update: isAdmin },
  hooks: { beforeOperation: [requireObjectData], beforeChange: [writeOnlyAssignedLanguages], afterChange: [announceGlobalChange] },
  fields: [
    { name: 'siteName', type: 'text', localized: true, required: true, label: { en: 'Site name', ru: 'Название сайта' } },
    { name: 'tagline', type: 'text', localized: true, label: { en: 'Tagline', ru: 'Подзаголовок' } },
    {
      name: 'navigation',
      type: 'array',
      label: { en: 'Navigation', ru: 'Навигация' },
      labels: { singular: { en: 'Link', ru: 'Ссылка' }, plural: { en: 'Links', ru: 'Ссылки' } },
      fields: [
        {
          name: 'label',
          type: 'text',
          localized: true,
          label: { en: 'Label', ru: 'Текст ссылки' },
          admin: { description: { en: 'A link with no label in a language is not shown in that language.', ru: 'Ссылка без текста на каком-либо языке не показывается на этом языке.' } },
        },
        {
          name: 'url',
          type: 'text',
          required: true,
          label: { en: 'Path or URL', ru: 'Путь или адрес' },
          admin: { description: { en: 'A path within the language, such as /statements', ru: 'Путь внутри языковой версии, например /statements' } },
          validate: (value: unknown) =>
            typeof value === 'string' && /^(\/[^\s]*|https:\/\/[^\s]+)$/.test(value)
              ? true
              : 'Enter a path starting with / or an https:// address',
        },
      ],
    },
    { name: 'footerText', type: 'textarea', localized: true, label: { en: 'Footer text', ru: 'Текст в подвале' } },
  ],
}
