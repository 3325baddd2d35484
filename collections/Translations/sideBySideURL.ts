/**
 * Where a translation record leads in the admin: the statement's side-by-side
 * editor in the record's language, not the record's own form of statuses
 * (a list row, a dashboard count). The record's id may come populated or not.
 */
export const sideBySideURL = (adminRoute: string, statement: unknown, language: unknown): string | null => {
  const id = statement && typeof statement === 'object' ? (statement as { id?: unknown }).id : statement
  if ((typeof id !== 'number' && typeof id !== 'string') || typeof language !== 'string') return null
  const target = encodeURIComponent(language)
  return `${adminRoute}/collections/statements/${encodeURIComponent(String(id))}/side-by-side?target=${target}&locale=${target}`
}
