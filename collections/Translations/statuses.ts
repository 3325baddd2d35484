/**
 * The life of one language version of a statement. `missing` to `approved`
 * move by people; `published` and `outdated` are set by the system when a
 * language goes live or its source changes afterwards.
 */
export const translationStatuses = [
  { value: 'missing', label: { en: 'Missing', ru: 'Нет перевода' } },
  { value: 'in-translation', label: { en: 'In translation', ru: 'Переводится' } },
  { value: 'in-review', label: { en: 'In review', ru: 'На проверке' } },
  { value: 'approved', label: { en: 'Approved', ru: 'Утверждён' } },
  { value: 'published', label: { en: 'Published', ru: 'Опубликован' } },
  { value: 'outdated', label: { en: 'Outdated', ru: 'Устарел' } },
] as const

export type TranslationStatus = (typeof translationStatuses)[number]['value']

/** Statuses that let the language be published (an editor approved this text). */
export const publishable: readonly TranslationStatus[] = ['approved', 'published']

/** Statuses a change to the source makes stale. */
export const settled: readonly TranslationStatus[] = ['approved', 'published', 'outdated']

export const statusLabel = (status: string, language: 'en' | 'ru' = 'en'): string =>
  translationStatuses.find((item) => item.value === status)?.label[language] ?? status
