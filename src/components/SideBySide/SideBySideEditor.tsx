'use client'
import { Button, toast } from '@payloadcms/ui'
import { type CSSProperties, useState } from 'react'

import { type AlignedRow, applyRows, type LexicalBody } from './alignBody'

type Texts = { title: string; summary: string }
type Props = {
  id: number | string
  lang: 'en' | 'ru'
  sourceCode: string
  targetCode: string
  otherTargets: string[]
  canEdit: boolean
  revision: number
  source: Texts
  target: Texts
  sourceBody: LexicalBody
  targetBody: LexicalBody
  rows: AlignedRow[]
}

const words = {
  title: { en: 'Title', ru: 'Заголовок' },
  summary: { en: 'Summary', ru: 'Краткое содержание' },
  paragraph: { en: 'Paragraph', ru: 'Абзац' },
  heading: { en: 'Heading', ru: 'Подзаголовок' },
  quote: { en: 'Quote', ru: 'Цитата' },
  question: { en: 'Question', ru: 'Вопрос' },
  answer: { en: 'Answer', ru: 'Ответ' },
  other: { en: 'Edit this part in the full editor', ru: 'Эту часть правьте в основном редакторе' },
  asker: { en: 'Asked by', ru: 'Кто спрашивает' },
  save: { en: 'Save draft', ru: 'Сохранить черновик' },
  saved: { en: 'Saved as a draft', ru: 'Черновик сохранён' },
  readOnly: { en: 'You can read this language but not edit it.', ru: 'Эту версию можно читать, но не править.' },
  switchTo: { en: 'Compare with', ru: 'Сравнить с' },
} as const

const cell: CSSProperties = { verticalAlign: 'top', padding: '8px 12px', borderTop: '1px solid var(--theme-elevation-150)', width: '42%' }
const input: CSSProperties = { width: '100%', font: 'inherit', padding: 6, border: '1px solid var(--theme-elevation-250)', borderRadius: 4, background: 'var(--theme-input-bg)', color: 'var(--theme-text)' }

/** Two columns, one row per field or body part; the right-hand column saves as a draft of the target language, with conflict detection. */
export const SideBySideEditor = (props: Props) => {
  const t = (key: keyof typeof words) => words[key][props.lang]
  const [texts, setTexts] = useState<Texts>(props.target)
  const [rows, setRows] = useState<AlignedRow[]>(props.rows)
  const [revision, setRevision] = useState(props.revision)
  const [saving, setSaving] = useState(false)
  const setRow = (index: number, change: Partial<AlignedRow>) => setRows((all) => all.map((row) => (row.index === index ? { ...row, ...change } : row)))

  const save = async () => {
    setSaving(true)
    try {
      const body = applyRows(props.sourceBody, props.targetBody, rows)
      const response = await fetch(`/api/statements/${props.id}?locale=${props.targetCode}&draft=true&depth=0`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...texts, body, revision, _status: 'draft' }),
      })
      const answer = (await response.json().catch(() => ({}))) as { doc?: { revision?: number }; errors?: { message?: string }[] }
      if (!response.ok) toast.error(answer.errors?.[0]?.message ?? String(response.status))
      else {
        setRevision(answer.doc?.revision ?? revision + 1)
        toast.success(t('saved'))
      }
    } finally {
      setSaving(false)
    }
  }

  const field = (name: keyof Texts, multiline: boolean) => (
    <tr key={name}>
      <th scope="row" style={{ ...cell, width: '16%', textAlign: 'left' }}>{t(name)}</th>
      <td style={cell} lang={props.sourceCode}>{props.source[name]}</td>
      <td style={cell} lang={props.targetCode}>
        <textarea
          aria-label={`${t(name)} (${props.targetCode})`}
          style={input}
          rows={Math.min(6, Math.max(multiline ? 3 : 1, Math.ceil(Math.max(props.source[name].length, texts[name].length) / 60)))}
          disabled={!props.canEdit}
          value={texts[name]}
          onChange={(e) => setTexts({ ...texts, [name]: e.target.value })}
        />
      </td>
    </tr>
  )

  return (
    <div data-testid="side-by-side">
      <div style={{ display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap', marginBottom: 12 }}>
        {props.canEdit ? (
          <Button buttonStyle="primary" size="medium" margin={false} disabled={saving} onClick={() => void save()}>
            {t('save')}
          </Button>
        ) : (
          <p>{t('readOnly')}</p>
        )}
        {props.otherTargets.map((code) => (
          <a key={code} href={`?target=${code}`}>{`${t('switchTo')} ${code}`}</a>
        ))}
      </div>
      <table style={{ width: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th scope="col" style={{ ...cell, width: '16%' }} />
            <th scope="col" style={{ ...cell, textAlign: 'left' }}>{props.sourceCode}</th>
            <th scope="col" style={{ ...cell, textAlign: 'left' }}>{props.targetCode}</th>
          </tr>
        </thead>
        <tbody>
          {field('title', false)}
          {field('summary', true)}
          {rows.map((row) => (
            <tr key={row.index} data-kind={row.kind}>
              <th scope="row" style={{ ...cell, width: '16%', textAlign: 'left' }}>{`${t(row.kind === 'other' ? 'paragraph' : row.kind)} ${row.index + 1}`}</th>
              <td style={cell} lang={props.sourceCode}>
                {row.kind === 'question' && row.sourceAsker ? <p style={{ margin: '0 0 4px' }}><em>{row.sourceAsker}</em></p> : null}
                <p style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{row.source}</p>
              </td>
              <td style={cell} lang={props.targetCode}>
                {!row.editable ? (
                  <p style={{ margin: 0 }}><em>{t('other')}</em></p>
                ) : (
                  <>
                    {row.kind === 'question' ? (
                      <input aria-label={`${t('asker')} ${row.index + 1} (${props.targetCode})`} placeholder={t('asker')} style={{ ...input, marginBottom: 4 }} disabled={!props.canEdit} value={row.targetAsker ?? ''} onChange={(e) => setRow(row.index, { targetAsker: e.target.value })} />
                    ) : null}
                    <textarea aria-label={`${t(row.kind)} ${row.index + 1} (${props.targetCode})`} style={input} rows={Math.min(14, Math.max(2, Math.ceil(Math.max(row.source.length, row.target.length) / 60)))} disabled={!props.canEdit} value={row.target} onChange={(e) => setRow(row.index, { target: e.target.value })} />
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
