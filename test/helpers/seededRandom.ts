/**
 * A small deterministic PRNG (mulberry32): the same seed gives the same
 * sequence on every machine, so a generated case that fails can be replayed.
 */
export const seededRandom = (seed: number) => {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  return { next, pick, int }
}
