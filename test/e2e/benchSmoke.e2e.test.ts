import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { root } from '../helpers/serverProcess'

describe('benchmark script', () => {
  it('runs end to end on a small database and writes a report with every scenario answered without errors', () => {
    const reportFile = path.join(root, 'bench-results', 'bench-smoke.json')
    rmSync(reportFile, { force: true })
    const run = spawnSync('npm', ['run', 'bench', '--', '--smoke'], { cwd: root, encoding: 'utf8', timeout: 600_000 })
    expect(run.status, run.stdout + run.stderr).toBe(0)
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as {
      rows: { name: string; reqPerSec: number; errors: number }[]
      publishToVisibleMs: { max: number }
    }
    expect(report.rows.map((row) => row.name)).toContain('statement page, cached')
    for (const row of report.rows) {
      expect(row.reqPerSec, row.name).toBeGreaterThan(0)
      expect(row.errors, row.name).toBe(0)
    }
    expect(report.publishToVisibleMs.max).toBeGreaterThan(0)
  }, 600_000)
})
