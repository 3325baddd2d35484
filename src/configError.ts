/** A configuration problem the operator must fix; its message is printed as the one line start-up ends with. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Start-up failures end in one clear line and a non-zero exit, never a stack trace. */
export const exitWithOneLine = (error: unknown): never => {
  const message =
    error instanceof ConfigError
      ? error.message
      : `Start-up failed: ${(error as Error)?.message?.split('\n')[0] ?? String(error)}`
  process.stderr.write(`${message}\n`)
  process.exit(1)
}
