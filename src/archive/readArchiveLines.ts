import { createReadStream } from 'node:fs'
import { createGunzip } from 'node:zlib'

export type ArchiveLine =
  | { lineNumber: number; text: string }
  | { lineNumber: number; tooLong: number }
  | { lineNumber: number; stopped: string }

export type LineLimits = {
  /** Longest line accepted, in bytes; a longer one is skipped as it streams past, never held whole. */
  maxLineBytes: number
  /** Most bytes a gzipped archive may unpack to, in all: beyond it the run stops (a gzip bomb). */
  maxTotalBytes: number
}

export const defaultLineLimits: LineLimits = { maxLineBytes: 16 * 1024 * 1024, maxTotalBytes: 20 * 1024 * 1024 * 1024 }

/**
 * The lines of a `.jsonl` or `.jsonl.gz` file, streamed with backpressure:
 * memory holds one line at most, and a line over `maxLineBytes` is counted
 * and dropped as it passes (readline would first gather it whole). `onBytes`
 * reports the file's bytes read, for a progress bar.
 */
export async function* readArchiveLines(file: string, limits: LineLimits = defaultLineLimits, onBytes?: (read: number) => void): AsyncGenerator<ArchiveLine> {
  const raw = createReadStream(file, { highWaterMark: 256 * 1024 })
  let read = 0
  raw.on('data', (chunk) => {
    read += chunk.length
    onBytes?.(read)
  })
  const gzipped = file.endsWith('.gz')
  const stream = gzipped ? raw.pipe(createGunzip()) : raw
  raw.on('error', (error) => stream.destroy(error))
  let lineNumber = 1
  let parts: Buffer[] = []
  let length = 0
  let total = 0
  const finishLine = (): ArchiveLine => {
    const line: ArchiveLine = length > limits.maxLineBytes ? { lineNumber, tooLong: length } : { lineNumber, text: Buffer.concat(parts).toString('utf8').replace(/\r$/, '') }
    parts = []
    length = 0
    lineNumber += 1
    return line
  }
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length
      if (gzipped && total > limits.maxTotalBytes) {
        yield { lineNumber, stopped: `the archive unpacks to more than ${limits.maxTotalBytes} bytes; stopped reading (a damaged file or a gzip bomb)` }
        return
      }
      let start = 0
      for (let newline = chunk.indexOf(10); newline !== -1; newline = chunk.indexOf(10, start)) {
        const piece = chunk.subarray(start, newline)
        length += piece.length
        if (length <= limits.maxLineBytes) parts.push(piece)
        yield finishLine()
        start = newline + 1
      }
      const rest = chunk.subarray(start)
      length += rest.length
      if (length <= limits.maxLineBytes) parts.push(Buffer.from(rest))
      else parts = []
    }
  } catch (error) {
    yield { lineNumber, stopped: `the archive could not be read: ${(error as Error).message}` }
    return
  } finally {
    raw.destroy()
  }
  if (length > 0) yield finishLine()
}
