import { statSync } from 'node:fs'
import path from 'node:path'

import type { PayloadRequest } from 'payload'

import { keepRequestLocale } from '../../collections/shared/keepRequestLocale'
import { localeCodes } from '../i18n/locales'
import { maxUploadBytes } from '../security/maxUploadBytes'
import { refuse } from './archiveProblem'
import type { ArchiveStatement } from './format'

type Id = number | string

/** The file an archive's media path names, refused when it is missing, too large or outside the archive's folder. */
export const mediaFile = (archiveDir: string, relative: string): string => {
  const file = path.resolve(archiveDir, relative)
  if (!file.startsWith(path.resolve(archiveDir) + path.sep)) refuse('missing media file', `media path "${relative}" leaves the archive’s folder`)
  let size: number
  try {
    const stat = statSync(file)
    if (!stat.isFile()) throw new Error('not a file')
    size = stat.size
  } catch {
    return refuse('missing media file', `media file "${relative}" is not beside the archive (looked for ${file})`)
  }
  if (size > maxUploadBytes) refuse('media file too large', `media file "${relative}" is ${size} bytes, over the ${maxUploadBytes}-byte upload limit`)
  return file
}

/**
 * Uploads each media file of a statement once: a file already in Media
 * under the same name is reused (a second import uploads nothing). Files are
 * public when any language of the statement is. In a dry run the files are
 * only checked.
 */
export const importMedia = async (req: PayloadRequest, statement: ArchiveStatement, archiveDir: string, dryRun: boolean): Promise<Map<string, Id> | undefined> => {
  const files = statement.media.map((item) => ({ item, file: mediaFile(archiveDir, item.path) }))
  if (dryRun) return undefined
  const isPublic = Object.values(statement.languages).some((version) => version?.status === 'published')
  const ids = new Map<string, Id>()
  for (const { item, file } of files) {
    const filename = path.basename(file)
    const id = await keepRequestLocale(req, async () => {
      const { docs } = await req.payload.find({ collection: 'media', where: { filename: { equals: filename } }, depth: 0, limit: 1, overrideAccess: true, req })
      const languages = localeCodes.filter((code) => item.alt[code])
      if (languages.length === 0) refuse('invalid line', `media "${item.path}" needs alt text in at least one language`)
      let mediaId = docs[0]?.id
      for (const code of languages) {
        const data = { alt: item.alt[code]!, caption: item.caption?.[code] ?? null, public: isPublic }
        if (mediaId === undefined) {
          mediaId = (await req.payload.create({ collection: 'media', locale: code, data, filePath: file, depth: 0, overrideAccess: true, req })).id
        } else {
          await req.payload.update({ collection: 'media', id: mediaId, locale: code, data, depth: 0, overrideAccess: true, req })
        }
      }
      return mediaId as Id
    })
    ids.set(item.path, id)
  }
  return ids
}
