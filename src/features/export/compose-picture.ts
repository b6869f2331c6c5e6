/**
 * The picture of a view for slides and print: a band with the title and the filter, the map as drawn,
 * then the legend (towns by country, the ties as drawn) and a line with the date of the export and the
 * sources of the basemap and the data. Drawn on a 2D canvas in CSS pixels, `ratio` device pixels each.
 */

export interface PictureLegend {
  countries: readonly { label: string; colour: string }[]
  ties: readonly { label: string; colour: string; dash: readonly number[] | null }[]
  /** A group record's star, unless group ties are drawn as lines. */
  star: { label: string; colour: string } | null
}

export interface PictureTexts {
  title: string
  /** What the filter shows ("All records", "Slovenia · 2017 – 2019"). */
  filter: string
  /** "Exported on 2 December 2026", the basemap's and the data's sources. */
  footer: string
  legend: PictureLegend
}

/** The band above the map has this height in every picture, so that the map and the legend stand at known places. */
export const HEADER_HEIGHT = 64
const PAD = 14
const INK = '#1a1a2e'
const MUTED = '#4b4b5c'
const LINE = '#d9d9e0'
const FONT = '"Noto Sans", system-ui, sans-serif'
const LEGEND_ROW = 24
const FOOTER_LINE = 16

/** Draws text within a width: the font shrinks to `smallest` px, then the end is cut with an ellipsis. */
function fitText(context: CanvasRenderingContext2D, text: string, weight: number, size: number, smallest: number, width: number): { text: string; font: string } {
  let px = size
  const font = (value: number) => `${weight} ${value}px ${FONT}`
  context.font = font(px)
  while (px > smallest && context.measureText(text).width > width) {
    px -= 1
    context.font = font(px)
  }
  if (context.measureText(text).width <= width) return { text, font: font(px) }
  let cut = text
  while (cut.length > 1 && context.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1)
  return { text: `${cut.trimEnd()}…`, font: font(px) }
}

/** Words in lines no wider than `width`, in the current font. */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    const next = line === '' ? word : `${line} ${word}`
    if (line !== '' && context.measureText(next).width > width) {
      lines.push(line)
      line = word
    } else line = next
  }
  if (line !== '') lines.push(line)
  return lines
}

type LegendItem = { label: string; width: number; draw: (context: CanvasRenderingContext2D, x: number, y: number) => void }

function legendItems(context: CanvasRenderingContext2D, legend: PictureLegend): LegendItem[] {
  context.font = `400 12px ${FONT}`
  const item = (label: string, markWidth: number, draw: LegendItem['draw']): LegendItem =>
    ({ label, width: markWidth + 6 + context.measureText(label).width, draw })
  return [
    ...legend.countries.map(({ label, colour }) => item(label, 14, (ctx, x, y) => {
      ctx.beginPath()
      ctx.arc(x + 7, y, 6.5, 0, 2 * Math.PI)
      ctx.fillStyle = colour
      ctx.fill()
      ctx.lineWidth = 1.5
      ctx.strokeStyle = '#ffffff'
      ctx.stroke()
    })),
    ...legend.ties.map(({ label, colour, dash }) => item(label, 28, (ctx, x, y) => {
      ctx.beginPath()
      ctx.setLineDash(dash ? dash.map((part) => part * 3) : [])
      ctx.lineCap = dash ? 'butt' : 'round'
      ctx.moveTo(x + 2, y)
      ctx.lineTo(x + 26, y)
      ctx.lineWidth = 3
      ctx.strokeStyle = colour
      ctx.stroke()
      ctx.setLineDash([])
    })),
    ...(legend.star ? [legend.star] : []).map(({ label, colour }) => item(label, 24, (ctx, x, y) => {
      ctx.lineWidth = 2
      ctx.strokeStyle = colour
      ctx.lineCap = 'round'
      ctx.setLineDash([0.1, 3.5])
      for (const [dx, dy] of [[-10, -6], [10, -5], [-8, 7], [9, 6]] as const) {
        ctx.beginPath()
        ctx.moveTo(x + 12, y)
        ctx.lineTo(x + 12 + dx, y + dy)
        ctx.stroke()
      }
      ctx.setLineDash([])
      ctx.beginPath()
      ctx.arc(x + 12, y, 3.5, 0, 2 * Math.PI)
      ctx.fillStyle = '#ffffff'
      ctx.fill()
      ctx.stroke()
    })),
  ]
}

/** Legend items in rows that fit the width: each row's items with their x. */
function legendRows(items: readonly LegendItem[], width: number): { item: LegendItem; x: number }[][] {
  const rows: { item: LegendItem; x: number }[][] = [[]]
  let x = PAD
  for (const item of items) {
    const row = rows[rows.length - 1] ?? []
    if (row.length > 0 && x + item.width > width - PAD) {
      rows.push([])
      x = PAD
    }
    rows[rows.length - 1]?.push({ item, x })
    x += item.width + 18
  }
  return rows
}

/** The whole picture: `map` is the map's canvas at `ratio`; the result is as wide as the map. */
export function composePicture(map: HTMLCanvasElement, ratio: number, texts: PictureTexts): HTMLCanvasElement {
  const width = Math.round(map.width / ratio)
  const mapHeight = map.height / ratio
  const canvas = document.createElement('canvas')
  const measure = canvas.getContext('2d')
  if (!measure) throw new Error('this browser cannot draw on a canvas')
  const rows = legendRows(legendItems(measure, texts.legend), width)
  measure.font = `400 11px ${FONT}`
  const footer = wrap(measure, texts.footer, width - 2 * PAD)
  const legendTop = HEADER_HEIGHT + mapHeight
  const footerTop = legendTop + 8 + rows.length * LEGEND_ROW
  const height = Math.ceil(footerTop + footer.length * FOOTER_LINE + 10)
  canvas.width = map.width
  canvas.height = Math.round(height * ratio)
  const context = canvas.getContext('2d')
  if (!context) throw new Error('this browser cannot draw on a canvas')
  context.scale(ratio, ratio)
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, width, height)

  context.textBaseline = 'alphabetic'
  context.fillStyle = INK
  const title = fitText(context, texts.title, 600, 20, 13, width - 2 * PAD)
  context.font = title.font
  context.fillText(title.text, PAD, 30)
  context.fillStyle = MUTED
  const filter = fitText(context, texts.filter, 400, 13, 10, width - 2 * PAD)
  context.font = filter.font
  context.fillText(filter.text, PAD, 52)

  context.drawImage(map, 0, HEADER_HEIGHT, width, mapHeight)
  context.fillStyle = LINE
  context.fillRect(0, HEADER_HEIGHT - 1, width, 1)
  context.fillRect(0, legendTop, width, 1)

  context.textBaseline = 'middle'
  rows.forEach((row, index) => {
    const y = legendTop + 8 + index * LEGEND_ROW + LEGEND_ROW / 2
    for (const { item, x } of row) {
      item.draw(context, x, y)
      context.font = `400 12px ${FONT}`
      context.fillStyle = INK
      context.fillText(item.label, x + item.width - context.measureText(item.label).width, y + 1)
    }
  })
  context.font = `400 11px ${FONT}`
  context.fillStyle = MUTED
  footer.forEach((line, index) => context.fillText(line, PAD, footerTop + index * FOOTER_LINE + FOOTER_LINE / 2))
  return canvas
}

/** The canvas as a PNG file. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the picture could not be made'))), 'image/png'))
}
