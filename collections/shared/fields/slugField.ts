import slugify from '@sindresorhus/slugify'
import type { TextField } from 'payload'

type SlugFieldOptions = {
  /** The field the slug is made from when an editor leaves it empty. */
  from?: string
  localized?: boolean
  overrides?: Partial<Pick<TextField, 'admin' | 'label' | 'required' | 'index'>>
}

/** What a slug may look like; the public site refuses anything else before asking the database. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A slug a URL may name: the right shape and not absurdly long. */
export const isSlug = (value: string): boolean => value.length <= 200 && slugPattern.test(value)

/** Transliterates (Cyrillic included) and lower-cases: "Брифинг 5 мая" -> "brifing-5-maya". */
export const toSlug = (text: string): string => slugify(text, { lowercase: true }).slice(0, 120).replace(/-+$/, '')

/**
 * A URL slug, unique (within its locale when localized), filled in from
 * another field when left empty, and refused with a clear message when it
 * holds anything but lower-case letters, digits and single hyphens.
 */
export const slugField = ({ from = 'title', localized = false, overrides = {} }: SlugFieldOptions = {}): TextField =>
  ({
  name: 'slug',
  type: 'text',
  index: true,
  unique: true,
  localized,
  label: { en: 'Slug (URL)', ru: 'Адрес (slug)' },
  admin: {
    position: 'sidebar',
    description: {
      en: 'Left empty, it is made from the title. Lower-case Latin letters, digits and hyphens.',
      ru: 'Если оставить пустым, создаётся из заголовка. Строчные латинские буквы, цифры и дефисы.',
    },
  },
  hooks: {
    beforeValidate: [
      ({ value, siblingData }) => {
        if (typeof value === 'string' && value.trim() !== '') return toSlug(value)
        const source = siblingData?.[from]
        return typeof source === 'string' && source.trim() !== '' ? toSlug(source) : value
      },
    ],
  },
  validate: (value: unknown) => {
    if (value === null || value === undefined || value === '') return true
    if (typeof value !== 'string' || !slugPattern.test(value)) {
      return 'A slug may hold only lower-case Latin letters, digits and single hyphens'
    }
    return true
  },
  ...overrides,
  }) as TextField
