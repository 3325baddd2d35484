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

/** For each status a person may set, the statuses they may set it from; `published` and `outdated` are the system's. */
export const moves: Record<'translator' | 'editor', Partial<Record<TranslationStatus, TranslationStatus[]>>> = {
  translator: {
    'in-review': ['in-translation', 'outdated'],
    'in-translation': ['in-review'],
  },
  editor: {
    'in-review': ['in-translation', 'outdated'],
    approved: ['in-translation', 'in-review', 'outdated'],
    'in-translation': ['in-review', 'approved', 'outdated'],
  },
}

type Person = { roles?: string[] | null; languages?: string[] | null } | null | undefined

/** The statuses this person may move a language's translation to from where it stands now (for the admin's buttons). */
export const movesFor = (user: Person, language: string, from: TranslationStatus): TranslationStatus[] => {
  const roles = user?.roles ?? []
  const admin = roles.includes('admin')
  if (!admin && !(user?.languages ?? []).includes(language)) return []
  const role = admin || roles.includes('editor') ? 'editor' : roles.includes('translator') ? 'translator' : null
  if (!role) return []
  return (Object.entries(moves[role]) as [TranslationStatus, TranslationStatus[]][]).filter(([, fromList]) => fromList.includes(from)).map(([to]) => to)
}
