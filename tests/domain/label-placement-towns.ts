/**
 * Seeded random towns in a view of 1280x800 px, as the map would hand them to the label placement: circles
 * of 4..22 px, labels of 4..22 letters a line high, some towns just outside the view, a few obstacles (a
 * tie's loop, a hub). The same seed gives the same towns.
 */
import type { Box, LabelInput, PlacementOptions } from '../../src/domain/label-placement'
import { seededRandom } from '../../src/domain/network/network-metrics'

export const VIEW: Box = { x0: 0, y0: 0, x1: 1280, y1: 800 }

export function randomLabels(count: number, seed: number, view: Box = VIEW): { items: LabelInput[]; options: PlacementOptions } {
  const random = seededRandom(seed)
  const size = 10 + random() * 5
  const [width, height] = [view.x1 - view.x0, view.y1 - view.y0]
  const items = Array.from({ length: count }, (_, index): LabelInput => ({
    id: `town-${index}`,
    // A tenth of the towns a little beyond the view's edges.
    x: view.x0 - width * 0.05 + random() * width * 1.1,
    y: view.y0 - height * 0.05 + random() * height * 1.1,
    radius: Math.max(4, Math.sqrt(random()) * 22),
    width: (4 + Math.floor(random() * 19)) * size * 0.58 + 3.2,
    height: size * 1.2,
  }))
  const obstacles = Array.from({ length: Math.ceil(count / 40) }, () => {
    const [x, y] = [view.x0 + random() * width, view.y0 + random() * height]
    return { x0: x, y0: y, x1: x + 10 + random() * 60, y1: y + 10 + random() * 40 }
  })
  const gaps = [0, 1, 2, 3, 4].map((lines) => 3 + lines * size)
  return { items, options: { gaps, viewport: view, obstacles, margin: 2, leaderFrom: 3 + size / 2 } }
}
