import type { ImportOutcome } from './importStatement'

export type Refusal = { lineNumber: number; group: string; reason: string; externalId?: string; source?: string }

/** What an import did, line by line, for the summary and the exit code. */
export class ImportReport {
  readonly counts: Record<ImportOutcome, number> = { imported: 0, updated: 0, unchanged: 0 }
  readonly refused: Refusal[] = []
  /** Set when the run stopped before the end of the archive (a bad header, a gzip bomb). */
  stopped?: string

  constructor(readonly dryRun: boolean) {}

  count(outcome: ImportOutcome) {
    this.counts[outcome] += 1
  }

  refuse(refusal: Refusal) {
    this.refused.push(refusal)
  }

  get statements() {
    return this.counts.imported + this.counts.updated + this.counts.unchanged + this.refused.length
  }

  /** Refusals by reason, the commonest first, each with its line numbers. */
  groups(): { group: string; refusals: Refusal[] }[] {
    const byGroup = new Map<string, Refusal[]>()
    for (const refusal of this.refused) byGroup.set(refusal.group, [...(byGroup.get(refusal.group) ?? []), refusal])
    return [...byGroup].map(([group, refusals]) => ({ group, refusals })).sort((a, b) => b.refusals.length - a.refusals.length)
  }

  /** The summary printed at the end: counts, then every refusal grouped by reason with its line number. */
  toText(): string {
    const verb = this.dryRun ? 'would be ' : ''
    const lines = [
      this.dryRun ? 'Dry run: nothing was written.' : 'Import finished.',
      `  ${verb}imported: ${this.counts.imported}`,
      `  ${verb}updated: ${this.counts.updated}`,
      `  unchanged: ${this.counts.unchanged}`,
      `  refused: ${this.refused.length}`,
    ]
    for (const { group, refusals } of this.groups()) {
      lines.push(`  ${group} (${refusals.length}):`)
      for (const r of refusals.slice(0, 50)) lines.push(`    ${r.source ?? `line ${r.lineNumber}`}${r.externalId ? ` (${r.externalId})` : ''}: ${r.reason}`)
      if (refusals.length > 50) lines.push(`    … and ${refusals.length - 50} more`)
    }
    if (this.stopped) lines.push(`Stopped early: ${this.stopped}`)
    return lines.join('\n')
  }

  toJSON() {
    return { dryRun: this.dryRun, ...this.counts, refused: this.refused.length, stopped: this.stopped ?? null, reasons: this.groups() }
  }
}
