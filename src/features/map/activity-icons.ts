import type { Map as MapLibreMap } from 'maplibre-gl'
import { ACTIVITY_CATEGORIES, type ActivityCategory } from '../../domain/activities/activity-categories'
import { MARK_BOX } from '../../domain/activities/activity-mark-layout'
import { ACTIVITY_COLOURS, ACTIVITY_SHAPES } from '../../shared/activity-palette'

/** The map's image of a category's mark, and of the box behind a hovered or selected mark. */
export const activityIcon = (category: ActivityCategory) => `activity-${category}`
export const ACTIVITY_HIGHLIGHT_ICON = 'activity-highlight'

/** The mark's shape (as src/shared/activity-mark.tsx draws it in the lists: 10 px, a white edge) in a 12 px box. */
function drawMark(context: CanvasRenderingContext2D, category: ActivityCategory) {
  const size = 10
  const half = size / 2
  context.translate(1, 1)
  context.beginPath()
  const shape = ACTIVITY_SHAPES[category]
  if (shape === 'circle') context.arc(half, half, half - 0.75, 0, 2 * Math.PI)
  if (shape === 'square') context.rect(0.75, 0.75, size - 1.5, size - 1.5)
  if (shape === 'diamond') {
    context.moveTo(half, 0.5)
    context.lineTo(size - 0.5, half)
    context.lineTo(half, size - 0.5)
    context.lineTo(0.5, half)
    context.closePath()
  }
  context.fillStyle = ACTIVITY_COLOURS[category]
  context.fill()
  context.strokeStyle = '#ffffff'
  context.lineWidth = 1
  context.stroke()
}

/** The box behind a hovered or selected mark (as the mark's button had it: translucent blue, rounded). */
function drawHighlight(context: CanvasRenderingContext2D) {
  context.beginPath()
  context.roundRect(0, 0, MARK_BOX, MARK_BOX, 3)
  context.fillStyle = 'rgba(11, 87, 208, 0.25)'
  context.fill()
}

function image(pixelRatio: number, draw: (context: CanvasRenderingContext2D) => void): ImageData | null {
  const canvas = document.createElement('canvas')
  canvas.width = canvas.height = MARK_BOX * pixelRatio
  const context = canvas.getContext('2d')
  if (!context) return null
  context.scale(pixelRatio, pixelRatio)
  draw(context)
  return context.getImageData(0, 0, canvas.width, canvas.height)
}

/** Adds the marks' images to the map once (sharp on high-density screens). */
export function addActivityIcons(map: MapLibreMap): void {
  const pixelRatio = Math.max(2, Math.ceil(window.devicePixelRatio || 1))
  const wanted: [string, (context: CanvasRenderingContext2D) => void][] = [
    ...ACTIVITY_CATEGORIES.map((category): [string, (context: CanvasRenderingContext2D) => void] => [activityIcon(category), (context) => drawMark(context, category)]),
    [ACTIVITY_HIGHLIGHT_ICON, drawHighlight],
  ]
  for (const [name, draw] of wanted) {
    if (map.hasImage(name)) continue
    const data = image(pixelRatio, draw)
    if (data) map.addImage(name, data, { pixelRatio })
  }
}
