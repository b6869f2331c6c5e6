import type { Box } from './label-placement'

/** Cells each way from 0 before the grid clamps (so a cell's key stays an exact integer). */
const LIMIT = 1 << 24
const SPAN = 2 * LIMIT + 1

const finite = (box: Box) => Number.isFinite(box.x0) && Number.isFinite(box.y0) && Number.isFinite(box.x1) && Number.isFinite(box.y1)

/**
 * A uniform grid of boxes (points are boxes of no size) keyed by cell, for finding what lies near a box
 * without looking at everything. Entries are numbers below the capacity (indices into the caller's list).
 * A search returns each entry whose cells meet the box's cells once: a superset of those that overlap it,
 * which the caller checks exactly. An entry too large for the cells (or not finite) is found by every search.
 */
export class SpatialGrid {
  private readonly cells = new Map<number, number[]>()
  private readonly everywhere: number[] = []
  private readonly seen: Uint32Array
  private searches = 0

  constructor(
    private readonly size: number,
    capacity: number,
    private readonly maxCellsPerEntry = 256,
  ) {
    this.seen = new Uint32Array(capacity)
  }

  private cell(value: number): number {
    const cell = Math.floor(value / this.size)
    return cell < -LIMIT ? -LIMIT : cell > LIMIT ? LIMIT : cell
  }

  insert(id: number, box: Box): void {
    if (!finite(box)) {
      this.everywhere.push(id)
      return
    }
    const [cx0, cy0, cx1, cy1] = [this.cell(box.x0), this.cell(box.y0), this.cell(box.x1), this.cell(box.y1)]
    if ((cx1 - cx0 + 1) * (cy1 - cy0 + 1) > this.maxCellsPerEntry) {
      this.everywhere.push(id)
      return
    }
    for (let cx = cx0; cx <= cx1; cx += 1) {
      for (let cy = cy0; cy <= cy1; cy += 1) {
        const key = (cx + LIMIT) * SPAN + (cy + LIMIT)
        const list = this.cells.get(key)
        if (list) list.push(id)
        else this.cells.set(key, [id])
      }
    }
  }

  /** Every entry that may overlap the box, each once, into `out` (cleared first), in no particular order. */
  search(box: Box, out: number[]): number[] {
    out.length = 0
    this.searches += 1
    const stamp = this.searches
    const take = (list: readonly number[]) => {
      for (const id of list) {
        if (this.seen[id] === stamp) continue
        this.seen[id] = stamp
        out.push(id)
      }
    }
    take(this.everywhere)
    const [cx0, cy0, cx1, cy1] = finite(box) ? [this.cell(box.x0), this.cell(box.y0), this.cell(box.x1), this.cell(box.y1)] : [0, 0, -1, -1]
    const count = (cx1 - cx0 + 1) * (cy1 - cy0 + 1)
    if (!finite(box) || count > this.cells.size) {
      // A box larger than the grid's filled cells (or not finite): every entry.
      for (const list of this.cells.values()) take(list)
      return out
    }
    for (let cx = cx0; cx <= cx1; cx += 1) {
      for (let cy = cy0; cy <= cy1; cy += 1) {
        const list = this.cells.get((cx + LIMIT) * SPAN + (cy + LIMIT))
        if (list) take(list)
      }
    }
    return out
  }
}
