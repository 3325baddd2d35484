import cliProgress from 'cli-progress'

export type Progress = { update: (bytes: number, statements: number) => void; stop: () => void }

/**
 * On a terminal: a bar over the archive's bytes (its line count is unknown
 * until the end), with the statements done, their rate and the time left.
 * Elsewhere (CI, a log file): nothing, the summary says it all.
 */
export const progressBar = (totalBytes: number, label: string): Progress => {
  if (!process.stderr.isTTY || totalBytes === 0) return { update: () => {}, stop: () => {} }
  const started = Date.now()
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${label} [{bar}] {percentage}% | {statements} statements | {rate}/s | ETA {eta_formatted}`,
      hideCursor: true,
      etaBuffer: 200,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  )
  bar.start(totalBytes, 0, { statements: 0, rate: '0' })
  return {
    update: (bytes, statements) => bar.update(Math.min(bytes, totalBytes), { statements, rate: (statements / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(1) }),
    stop: () => bar.stop(),
  }
}
