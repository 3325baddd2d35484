import type { IncomingMessage } from 'node:http'

/**
 * The whole request body, or null as soon as it passes `maxBytes` (the
 * stream is then left paused, part-read). Used where the body is small and
 * must be looked at before it is passed on.
 */
export const readBodyUpTo = (req: IncomingMessage, maxBytes: number): Promise<Buffer | null> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let received = 0
    const onData = (chunk: Buffer) => {
      received += chunk.length
      if (received > maxBytes) {
        cleanUp()
        req.pause()
        resolve(null)
        return
      }
      chunks.push(chunk)
    }
    const onEnd = () => {
      cleanUp()
      resolve(Buffer.concat(chunks))
    }
    const onError = (error: Error) => {
      cleanUp()
      reject(error)
    }
    const cleanUp = () => {
      req.off('data', onData)
      req.off('end', onEnd)
      req.off('error', onError)
    }
    req.on('data', onData)
    req.on('end', onEnd)
    req.on('error', onError)
  })
