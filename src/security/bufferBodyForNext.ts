import type { IncomingMessage } from 'node:http'

import type { Request, Response } from 'express'

import { readBodyUpTo } from './readBodyUpTo'
import { refuseOversizedBody } from './refuseOversizedBody'
import { replayRequest } from './replayRequest'

/**
 * Reads a request body up to `maxBytes` and hands Next a replay of it
 * (`res.locals.requestForNext`). Past the limit it answers 413 itself and
 * resolves to null, so the caller only goes on with a body in hand.
 */
export const bufferBodyForNext = async (source: IncomingMessage, req: Request, res: Response, maxBytes: number): Promise<Buffer | null> => {
  const body = await readBodyUpTo(source, maxBytes)
  if (body === null) {
    refuseOversizedBody(req, res, maxBytes)
    return null
  }
  const replay = replayRequest(req, res)
  replay.push(body)
  replay.push(null)
  return body
}
