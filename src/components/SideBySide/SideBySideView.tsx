import type { DocumentViewServerProps } from 'payload'

import { defaultLocale, isLocaleCode, localeCodes } from '../../i18n/locales'
import type { Statement, User } from '../../payload-types'
import { alignBodies, type LexicalBody } from './alignBody'
import { SideBySideEditor } from './SideBySideEditor'

/**
 * The statement's source language beside one translation, field by field
 * and Q&A block by block, the translation editable in place. `?target=`
 * picks the language; by default the first one the person may edit.
 */
export const SideBySideView = async ({ initPageResult, searchParams, i18n, payload }: DocumentViewServerProps) => {
  const { req } = initPageResult
  const user = req.user as User | null
  const id = (initPageResult as unknown as { docID?: number | string }).docID ?? req.routeParams?.id
  const lang = i18n.language === 'ru' ? 'ru' : 'en'
  const read = (locale: string) =>
    payload.findByID({ collection: 'statements', id: id as number, locale: locale as never, fallbackLocale: false, draft: true, depth: 0, overrideAccess: false, user }) as Promise<Statement>
  const sourceCode = (await read(defaultLocale.code)).sourceLanguage ?? defaultLocale.code
  const editable = localeCodes.filter((code) => code !== sourceCode && (user?.roles?.includes('admin') || (user?.languages ?? []).includes(code as never)))
  const wanted = typeof searchParams?.target === 'string' && isLocaleCode(searchParams.target) && searchParams.target !== sourceCode ? searchParams.target : undefined
  const targetCode = wanted ?? editable[0] ?? localeCodes.find((code) => code !== sourceCode)!
  const [source, target] = await Promise.all([read(sourceCode), read(targetCode)])
  return (
    <div className="gutter--left gutter--right" style={{ paddingTop: 16, paddingBottom: 48 }}>
      {/* Translators arrive here from the translation queue: the statement itself is one click away. */}
      <p style={{ margin: '0 0 12px' }}>
        <a data-testid="statement-link" href={`/admin/collections/statements/${id}?locale=${targetCode}`}>
          {lang === 'ru' ? `Открыть заявление «${source.title ?? ''}» целиком` : `Open the statement “${source.title ?? ''}” in full`}
        </a>
      </p>
      <SideBySideEditor
        id={id as number}
        lang={lang}
        sourceCode={sourceCode}
        targetCode={targetCode}
        otherTargets={localeCodes.filter((code) => code !== sourceCode && code !== targetCode)}
        canEdit={editable.includes(targetCode)}
        revision={target.revision ?? 0}
        source={{ title: source.title ?? '', summary: source.summary ?? '' }}
        target={{ title: target.title ?? '', summary: target.summary ?? '' }}
        sourceBody={(source.body ?? null) as LexicalBody}
        targetBody={(target.body ?? null) as LexicalBody}
        rows={alignBodies(source.body as LexicalBody, target.body as LexicalBody)}
      />
    </div>
  )
}
