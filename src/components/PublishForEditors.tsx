'use client'
import { PublishButton, useAuth, useTranslation } from '@payloadcms/ui'

/**
 * Translators cannot publish (the API refuses it with a reason); instead of a
 * button that can only fail, they see what to do next.
 */
export const PublishForEditors = (props: Parameters<typeof PublishButton>[0]) => {
  const { user } = useAuth<{ roles?: string[] }>()
  const { i18n } = useTranslation()
  const roles = user?.roles ?? []
  if (roles.includes('admin') || roles.includes('editor')) return <PublishButton {...props} />
  return (
    <span data-testid="translator-publish-note" style={{ fontSize: 13, maxWidth: 260 }}>
      {i18n.language === 'ru'
        ? 'Публикует редактор: когда перевод готов, отправьте его на проверку в панели «Переводы».'
        : 'An editor publishes: when the translation is ready, send it for review in the Translations panel.'}
    </span>
  )
}
