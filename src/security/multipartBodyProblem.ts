import { addDataAndFileToRequest, APIError, type Payload, type PayloadRequest } from 'payload'

import { jsonNesting } from './jsonNesting'
import { maxJsonNesting } from './jsonBodyProblem'

/**
 * Why Payload would fail with a 500 on this multipart body, or null. The body
 * is read here by Payload's own reader on a stand-in request, so exactly what
 * it cannot read is caught: a Content-Type it will not take (no boundary, a
 * boundary with a space), a malformed part, a `_payload` part that is not
 * JSON. It reported all of these as 500s, as it does every multipart error.
 * Errors it already answers with a 4xx are left to it. Files are held in
 * memory (the config sets no useTempFiles), and the stand-in is then dropped.
 */
export const multipartBodyProblem = async ({ payload, method, url, headers, body }: { payload: Payload; method: string; url: string; headers: Headers; body: Buffer }): Promise<string | null> => {
  const request = new Request(new URL(url, 'http://front-door'), { method, headers, body: new Uint8Array(body) })
  const standIn = Object.assign(request, { payload, routeParams: {} }) as unknown as PayloadRequest
  try {
    await addDataAndFileToRequest(standIn)
  } catch (error) {
    if (error instanceof APIError && error.status < 500) return null
    return `The multipart body could not be read: ${(error as Error).message}`
  }
  if (jsonNesting(standIn.data) > maxJsonNesting) return `The _payload part nests deeper than ${maxJsonNesting} levels`
  return null
}
