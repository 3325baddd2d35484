/** A 4xx answer with a reason the visitor can read, in their language (an i18next key). */
export class PublicError extends Error {
  constructor(
    readonly status: 400 | 404,
    readonly textKey: string,
    readonly params: Record<string, string> = {},
  ) {
    super(textKey)
    this.name = 'PublicError'
  }
}
