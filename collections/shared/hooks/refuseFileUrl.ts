import type { CollectionBeforeOperationHook } from 'payload'

import { refuseInAdminLanguage } from '../refuseInAdminLanguage'

const given = (value: unknown): boolean => value !== undefined && value !== null && value !== ''

/**
 * `pasteURL: false` only hides the admin's "paste URL" box: for a new upload
 * without a file, Payload still fetches the `url` in its data (or reads a `/…`
 * one from the upload directory), so an editor could make the server call any
 * host, and a private address ended in a 500. Payload takes the `url` out of
 * the data before this hook runs, so the rule is on what remains: a new upload
 * must carry its file (REST, GraphQL and the Local API alike; without one
 * Payload would refuse it anyway), and a `url` sent beside a file is refused
 * too. Both are a 400 before anything is fetched. Updates never fetch the
 * data's `url` (Payload reprocesses the stored file) and the admin sends the
 * stored one back, so they are left alone.
 */
export const refuseFileUrl: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create') return args
  const { duplicateFromID } = args as { duplicateFromID?: unknown }
  const url = (args.data as { url?: unknown } | undefined)?.url ?? (req.data as { url?: unknown } | undefined)?.url
  if (!given(url) && (req.file || given(duplicateFromID))) return args
  return refuseInAdminLanguage(
    req,
    given(url)
      ? {
          en: 'The url field is not accepted: the server does not fetch files from addresses. Upload the file itself.',
          ru: 'Поле url не принимается: сервер не загружает файлы по адресам. Загрузите сам файл.',
        }
      : {
          en: 'A new media file needs the file itself; the server does not fetch files from addresses.',
          ru: 'Для нового медиафайла нужен сам файл; сервер не загружает файлы по адресам.',
        },
    400,
  )
}
