import { describe, expect, it } from 'vitest'
import {
  MAX_SCROLL_HEIGHT,
  contentHeight,
  rowTop,
  rowsAt,
  scrollTopFor,
  type ScrollGeometry
} from '../../src/renderer/src/users/scroll-map'

const g: ScrollGeometry = { total: 1_000_000, rowHeight: 34, headerHeight: 36, viewportHeight: 600 }
const body = g.viewportHeight - g.headerHeight

/** Whether a row is drawn wholly inside the grid's body at a scroll position. */
function inView(scrollTop: number, index: number): boolean {
  const { first, count } = rowsAt(g, scrollTop)
  if (index < first || index >= first + count) return false
  const top = rowTop(g, scrollTop, index) - scrollTop - g.headerHeight
  return top >= 0 && top + g.rowHeight <= body
}

describe('scaled scrolling of a million rows', () => {
  it('keeps the scroll area under the cap, though the rows are 34,000,000 px high', () => {
    expect(g.total * g.rowHeight).toBeGreaterThan(33_554_432)
    expect(contentHeight(g)).toBe(g.headerHeight + MAX_SCROLL_HEIGHT)
  })

  it('shows the last row at the bottom of the scroll range', () => {
    const bottom = contentHeight(g) - g.viewportHeight
    const { first, count } = rowsAt(g, bottom)
    expect(first + count).toBe(g.total)
    expect(inView(bottom, g.total - 1)).toBe(true)
  })

  it('brings any row into full view, the last one included, within the scroll range', () => {
    for (const index of [0, 1, 123_456, 500_000, 987_000, 999_990, 999_999]) {
      const top = scrollTopFor(g, 0, index)
      expect(top).toBeLessThanOrEqual(contentHeight(g) - g.viewportHeight)
      expect(inView(top, index)).toBe(true)
    }
  })

  it('moves down one row at a time (arrow key) without the first row shown jumping past one', () => {
    let top = scrollTopFor(g, 0, 600_000)
    let first = rowsAt(g, top).first
    for (let index = 600_001; index < 600_050; index++) {
      top = scrollTopFor(g, top, index)
      expect(inView(top, index)).toBe(true)
      const next = rowsAt(g, top).first
      expect(next - first).toBeLessThanOrEqual(1)
      first = next
    }
  })
})
