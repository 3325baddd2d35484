'use client'
import { useField, useTranslation } from '@payloadcms/ui'
import { diffWords } from 'diff'

import type { StaleField } from '../../collections/Translations/sourceSnapshot'

const fieldNames = { title: { en: 'Title', ru: 'Заголовок' }, summary: { en: 'Summary', ru: 'Краткое содержание' }, body: { en: 'Text', ru: 'Текст' } } as const

/** The source fields that changed after approval, each as a word diff: removed text struck through, added text underlined. */
export const StaleFieldsDiff = ({ path }: { path: string }) => {
  const { value } = useField<StaleField[] | null>({ path })
  const { i18n } = useTranslation()
  const lang = i18n.language === 'ru' ? 'ru' : 'en'
  const fields = Array.isArray(value) ? value : []
  return (
    <div className="field-type" data-testid="stale-fields">
      <h3 style={{ margin: '8px 0' }}>{lang === 'ru' ? 'Изменения оригинала после утверждения' : 'Source changes since approval'}</h3>
      {fields.length === 0 ? (
        <p>{lang === 'ru' ? 'Нет: перевод соответствует оригиналу.' : 'None: the translation matches its source.'}</p>
      ) : (
        fields.map((field) => (
          <section key={`${field.field}-${field.part ?? 0}`} style={{ marginBottom: 12 }}>
            <h4 style={{ margin: '4px 0' }}>
              {fieldNames[field.field]?.[lang] ?? field.field}
              {field.part ? (lang === 'ru' ? `, часть ${field.part}` : `, part ${field.part}`) : ''}
            </h4>
            <p style={{ whiteSpace: 'pre-wrap', lineHeight: 1.5 }}>
              {diffWords(field.before, field.after).map((part, index) =>
                part.added ? (
                  <ins key={index} style={{ background: '#dff3e4', color: '#1d5a2c' }}>{part.value}</ins>
                ) : part.removed ? (
                  <del key={index} style={{ background: '#fbe3e1', color: '#8a1c14' }}>{part.value}</del>
                ) : (
                  <span key={index}>{part.value}</span>
                ),
              )}
            </p>
          </section>
        ))
      )}
    </div>
  )
}
