import type { CollectionBeforeOperationHook } from 'payload'

/** What the save was asked to do, for the hooks that need it and cannot see the operation's arguments. */
export const saveOptions = { autosave: 'autosave', draft: 'draftSave', publishAllLocales: 'publishAllLocales' } as const

export const noteSaveOptions: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'update' && operation !== 'create') return args
  const { autosave, draft, publishAllLocales } = args as { autosave?: unknown; draft?: unknown; publishAllLocales?: unknown }
  req.context[saveOptions.autosave] = autosave === true || autosave === 'true'
  req.context[saveOptions.draft] = draft === true || draft === 'true'
  req.context[saveOptions.publishAllLocales] = publishAllLocales === true || publishAllLocales === 'true'
  return args
}
