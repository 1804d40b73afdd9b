/** What the command palette offers, in the order its kinds are listed when they match equally well. */
export const PALETTE_KINDS = ['action', 'screen', 'pool', 'client', 'user'] as const
export type PaletteKind = (typeof PALETTE_KINDS)[number]

export interface PaletteEntry {
  id: string
  kind: PaletteKind
  label: string
  /** A second line: an id, an email, the pool of a tab. It is matched too, one step below the label. */
  detail?: string
  /** Found by a search that matched on more than the label and detail: kept even if neither matches. */
  found?: boolean
  run: () => unknown
}

const WORD_START = /[\s.@_\-/:›]/

/** How well `text` matches `query` (both lower case): 0 exact, 1 prefix, 2 a word's prefix, 3 inside; null none. */
export function matchRank(text: string, query: string): number | null {
  if (!query) return 3
  const at = text.indexOf(query)
  if (at < 0) return null
  if (text === query) return 0
  if (at === 0) return 1
  for (let i = at; i >= 0; i = text.indexOf(query, i + 1)) if (WORD_START.test(text[i - 1]!)) return 2
  return 3
}

/** The entries that match `query`, best first (label before detail), then by kind, then as given; at most `limit`. */
export function rankEntries(entries: readonly PaletteEntry[], query: string, limit: number): PaletteEntry[] {
  const q = query.trim().toLowerCase()
  const scored: { entry: PaletteEntry; rank: number; kind: number; index: number }[] = []
  entries.forEach((entry, index) => {
    const label = matchRank(entry.label.toLowerCase(), q)
    const detail = entry.detail ? matchRank(entry.detail.toLowerCase(), q) : null
    const ranks = [label, detail === null ? null : detail + 1].filter((r): r is number => r !== null)
    const rank = ranks.length ? Math.min(...ranks) : entry.found ? 4 : null
    if (rank !== null) scored.push({ entry, rank, kind: PALETTE_KINDS.indexOf(entry.kind), index })
  })
  scored.sort((a, b) => a.rank - b.rank || a.kind - b.kind || a.index - b.index)
  return scored.slice(0, limit).map((s) => s.entry)
}
