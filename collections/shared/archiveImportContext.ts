/**
 * Set on `req.context` by the archive importer (src/archive/importStatement.ts).
 * Its statements arrive already translated, approved and published, so it
 * writes their translation records itself (trackTranslations stands aside),
 * and it announces public changes once a batch, not once a write.
 */
export const archiveImportContext = 'archiveImport'
