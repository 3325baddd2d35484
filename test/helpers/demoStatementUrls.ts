import { toSlug } from '../../collections/shared/fields/slugField'
import { type DemoStatement, demoStatements } from '../../src/seed/demoContent'

export type DemoStatementUrls = {
  status: DemoStatement['status']
  kind: DemoStatement['kind']
  title: { en: string; ru: string }
  /** Where each language version lives, or would live once published: the seed makes slugs from titles. */
  path: { en: string; ru: string }
}

/** The public titles and URLs of a demo statement, found by its key in src/seed/demoContent.ts. */
export const demoStatementUrls = (key: string): DemoStatementUrls => {
  const statement = demoStatements.find((candidate) => candidate.key === key)
  if (!statement) throw new Error(`no demo statement with key ${key}`)
  const en = statement['en-GB'].title
  const ru = statement['ru-RU'].title
  return {
    status: statement.status,
    kind: statement.kind,
    title: { en, ru },
    path: { en: `/en/statements/${toSlug(en)}`, ru: `/ru/statements/${toSlug(ru)}` },
  }
}
