/**
 * Scaled scrolling for the users grid. Chromium caps a scroll area at 33,554,432 px, so with 34 px rows
 * a plain virtual list cannot reach rows past ~987,000. The grid's scroll area is at most
 * MAX_SCROLL_HEIGHT high and the scroll position maps onto the whole result: at the top it shows row 0,
 * at the bottom the last rows, and in between the same fraction of the rows.
 */

/**
 * Half Chromium's cap (and under Firefox's ~17.9M), so the scroll area is never clipped. The higher it
 * is, the fewer rows a pixel of scroll moves: at 1,000,000 rows about 2, so a fast scroll asks for half
 * as many windows per frame as at 8M.
 */
export const MAX_SCROLL_HEIGHT = 16_000_000

export interface ScrollGeometry {
  /** Rows in the result. */
  total: number
  rowHeight: number
  /** Height of the sticky header above the rows. */
  headerHeight: number
  /** The grid's visible height, header included. */
  viewportHeight: number
}

/** Height of the scroll area's content: the rows' real height, or the cap. */
export function contentHeight(g: ScrollGeometry): number {
  return g.headerHeight + Math.min(g.total * g.rowHeight, MAX_SCROLL_HEIGHT)
}

/** How far the rows move (in real row pixels) for each pixel scrolled: 1 below the cap. */
function scale(g: ScrollGeometry): number {
  const body = Math.max(0, g.viewportHeight - g.headerHeight)
  const realRange = Math.max(0, g.total * g.rowHeight - body)
  const scrollRange = Math.max(0, contentHeight(g) - g.viewportHeight)
  return scrollRange > 0 ? realRange / scrollRange : 1
}

/** Which rows a scroll position shows: the first row and how far it is scrolled out of view. */
export function rowsAt(
  g: ScrollGeometry,
  scrollTop: number
): { first: number; shift: number; count: number } {
  const real = Math.max(0, scrollTop) * scale(g)
  const first = Math.min(Math.floor(real / g.rowHeight), Math.max(0, g.total - 1))
  const shift = Math.max(0, real - first * g.rowHeight)
  const body = Math.max(0, g.viewportHeight - g.headerHeight)
  // As many rows as the body can cut into at any shift, so scrolling never adds or drops a row element.
  const count = Math.min(g.total - first, Math.floor(body / g.rowHeight) + 2)
  return { first, shift, count: Math.max(0, count) }
}

/** Where a row is drawn in the scroll area's content (its top), given the first row shown. */
export function rowTop(g: ScrollGeometry, scrollTop: number, index: number): number {
  const { first, shift } = rowsAt(g, scrollTop)
  return scrollTop + g.headerHeight + (index - first) * g.rowHeight - shift
}

/**
 * The scroll position that brings a row into view, moving as little as possible (as the keyboard
 * expects), or with the row in the middle (`center`); the current position when it is in view already.
 */
export function scrollTopFor(
  g: ScrollGeometry,
  scrollTop: number,
  index: number,
  align: 'auto' | 'center' = 'auto'
): number {
  const s = scale(g)
  const body = Math.max(0, g.viewportHeight - g.headerHeight)
  const real = Math.max(0, scrollTop) * s
  const top = index * g.rowHeight
  let target: number
  if (align === 'center') target = top - (body - g.rowHeight) / 2
  else if (top < real) target = top
  else if (top + g.rowHeight > real + body) target = top + g.rowHeight - body
  else return scrollTop
  const realRange = Math.max(0, g.total * g.rowHeight - body)
  const clamped = Math.min(Math.max(0, target), realRange)
  // Rounded toward the row, so the browser's whole-pixel scroll position never leaves it a pixel short of view.
  const position = target < real ? Math.floor(clamped / s) : Math.ceil(clamped / s)
  return Math.min(position, Math.max(0, contentHeight(g) - g.viewportHeight))
}
