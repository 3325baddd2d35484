import type { ServerComponentProps } from 'payload'

import { movesFor, statusLabel, type TranslationStatus } from '../../collections/Translations/statuses'
import type { Translation, User } from '../payload-types'
import { RefreshWhenStatusesChange } from './RefreshWhenStatusesChange'
import { StatusBadge } from './StatusBadge'
import { TranslationActions } from './TranslationActions'

const actionLabels: Record<string, { en: string; ru: string }> = {
  'in-review': { en: 'Send for review', ru: 'Отправить на проверку' },
  approved: { en: 'Approve', ru: 'Утвердить' },
  'in-translation': { en: 'Send back to translation', ru: 'Вернуть на доработку' },
}
const fieldNames: Record<string, { en: string; ru: string }> = { title: { en: 'title', ru: 'заголовок' }, summary: { en: 'summary', ru: 'краткое содержание' }, body: { en: 'text', ru: 'текст' } }

/**
 * The statement's translations in the edit view's sidebar: each language's
 * status, who did what and when, which source fields changed since approval,
 * and the status changes the signed-in person may make.
 */
export const TranslationsPanel = async ({ id, payload, i18n, req }: ServerComponentProps) => {
  const lang = i18n.language === 'ru' ? 'ru' : 'en'
  const t = (text: { en: string; ru: string }) => text[lang]
  if (!id) return <p>{t({ en: 'Translations are tracked once the statement is saved.', ru: 'Переводы отслеживаются после первого сохранения.' })}</p>
  const { docs } = await payload.find({ collection: 'translations', where: { statement: { equals: id } }, depth: 1, overrideAccess: true, sort: 'language' })
  const when = (date?: string | null) => (date ? new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(date)) : '')
  // People by name; the e-mail address only for an account without one.
  const who = (user: unknown) => (user && typeof user === 'object' ? String((user as User).name || (user as User).email) : '')
  const line = (label: { en: string; ru: string }, user: unknown, date?: string | null) => (date ? <li>{`${t(label)}: ${[who(user), when(date)].filter(Boolean).join(', ')}`}</li> : null)
  return (
    <section className="field-type" aria-labelledby="translations-panel-heading" data-testid="translations-panel">
      <h3 id="translations-panel-heading" style={{ margin: '0 0 8px' }}>{t({ en: 'Translations', ru: 'Переводы' })}</h3>
      <RefreshWhenStatusesChange statementId={id} shown={Object.fromEntries((docs as Translation[]).map((record) => [record.language, record.status]))} />
      {(docs as Translation[]).map((record) => {
        const stale = Array.isArray(record.staleFields) ? (record.staleFields as { field: string; part?: number }[]) : []
        const actions = movesFor(req.user as User, record.language, record.status as TranslationStatus).map((to) => ({ to, label: t(actionLabels[to]) }))
        return (
          <div key={record.id} data-language={record.language} style={{ borderTop: '1px solid var(--theme-elevation-150)', padding: '8px 0' }}>
            <strong>{record.language}</strong> <StatusBadge status={record.status} text={statusLabel(record.status, lang)} />
            <ul style={{ margin: '6px 0 0', paddingLeft: 18, fontSize: 13 }}>
              {line({ en: 'Translated by', ru: 'Перевёл' }, record.translatedBy, record.translatedAt)}
              {line({ en: 'Sent for review by', ru: 'Отправил на проверку' }, record.submittedBy, record.submittedAt)}
              {line({ en: 'Approved by', ru: 'Утвердил' }, record.approvedBy, record.approvedAt)}
              {line({ en: 'Published by', ru: 'Опубликовал' }, record.publishedBy, record.publishedAt)}
            </ul>
            {stale.length > 0 && (
              <p style={{ margin: '6px 0', color: '#8a1c14' }}>
                {t({ en: 'Source changed since approval: ', ru: 'Оригинал изменён после утверждения: ' })}
                {stale
                  .map((field) => t(fieldNames[field.field] ?? { en: field.field, ru: field.field }) + (field.part ? ` (${t({ en: 'part', ru: 'часть' })} ${field.part})` : ''))
                  .join(', ')}
                .{' '}
                <a href={`/admin/collections/translations/${record.id}`}>{t({ en: 'See the changes', ru: 'Посмотреть изменения' })}</a>
              </p>
            )}
            <TranslationActions id={record.id} actions={actions} />
          </div>
        )
      })}
    </section>
  )
}
