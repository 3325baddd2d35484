/** The largest file an editor may upload; the front door's body limit (12 MB) leaves room for the form around it. */
export const maxUploadBytes = 10 * 1024 * 1024

/** Payload's own answer past the limit says only "File size limit has been reached": ours names it. */
export const uploadTooLargeMessage = `File too large: the limit is ${maxUploadBytes / 1024 / 1024} MB (${maxUploadBytes} bytes)`
