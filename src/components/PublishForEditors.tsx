'use client'
import { PublishButton, useAuth, useTranslation } from '@payloadcms/ui'

const note = {
  en: { short: 'An editor publishes', full: 'An editor publishes: when the translation is ready, send it for review in the Translations panel.' },
  ru: { short: 'Публикует редактор', full: 'Публикует редактор: когда перевод готов, отправьте его на проверку в панели «Переводы».' },
}

/**
 * Translators cannot publish (the API refuses it with a reason); instead of a
 * button that can only fail, they see who does. The header bar has one line's
 * height (a wrapped sentence ran out of it), so the note is short and the
 * whole sentence is its tooltip; the Translations panel has the button.
 */
export const PublishForEditors = (props: Parameters<typeof PublishButton>[0]) => {
  const { user } = useAuth<{ roles?: string[] }>()
  const { i18n } = useTranslation()
  const roles = user?.roles ?? []
  if (roles.includes('admin') || roles.includes('editor')) return <PublishButton {...props} />
  const text = note[i18n.language === 'ru' ? 'ru' : 'en']
  return (
    <span data-testid="translator-publish-note" title={text.full} style={{ fontSize: 13, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', maxWidth: '100%' }}>
      {text.short}
    </span>
  )
}
