import type { FieldHook } from 'payload'

/**
 * Bidirectional formatting characters: embeddings and overrides (U+202A–202E),
 * isolates (U+2066–2069), the left-to-right, right-to-left and Arabic letter
 * marks (U+200E, U+200F, U+061C). Neither of our languages needs them in a
 * title or a name, and an override (U+202E) makes "gpj.exe" read "exe.jpg" in
 * lists, feeds and other people's readers, where we cannot isolate it.
 */
export const bidiControls = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g

const stripped = (value: unknown): unknown => {
  if (typeof value === 'string') return value.replace(bidiControls, '')
  if (Array.isArray(value)) return value.map(stripped)
  // locale=all writes send { 'en-GB': '…', 'ru-RU': '…' }.
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, stripped(item)]))
  return value
}

/** A plain-text field's beforeValidate hook: removes them before validation, storage and every output. */
export const stripBidiControls: FieldHook = ({ value }) => stripped(value)
