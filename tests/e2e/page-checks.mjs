/** Helpers that look at what the browser shows: pixels, camera, requests. */
import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const SCREENSHOT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'screenshots')

export async function saveScreenshot(page, name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const path = join(SCREENSHOT_DIR, `${name}.png`)
  await page.screenshot({ path })
  return path
}

/**
 * The pixels of a screenshot, decoded in the page: [r, g, b] of every `stride`-th pixel of the
 * rectangle (the whole image without one), row by row.
 */
export async function screenshotPixels(page, png, { rect = null, stride = 1 } = {}) {
  return page.evaluate(async ({ base64, rect, stride }) => {
    const image = new Image()
    image.src = `data:image/png;base64,${base64}`
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = image.width
    canvas.height = image.height
    const context = canvas.getContext('2d')
    context.drawImage(image, 0, 0)
    const { x, y, width, height } = rect ?? { x: 0, y: 0, width: image.width, height: image.height }
    const { data } = context.getImageData(Math.round(x), Math.round(y), width, height)
    const pixels = []
    for (let index = 0; index < data.length; index += 4 * stride) pixels.push([data[index], data[index + 1], data[index + 2]])
    return pixels
  }, { base64: png.toString('base64'), rect, stride })
}

/**
 * How many distinct colours (quantised to 4 bits per channel) the map canvas shows, measured on a
 * real screenshot of the map area decoded in the page: a blank or one-colour map gives 1.
 */
export async function mapColourCount(page) {
  const box = await page.locator('.map canvas').boundingBox()
  const pixels = await screenshotPixels(page, await page.screenshot({ clip: box }), { stride: 7 })
  return new Set(pixels.map(([r, g, b]) => ((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4))).size
}

/** The map's state as it wrote it on its container after the last idle. */
export async function mapState(page) {
  return page.locator('.map').evaluate((element) => ({
    townsInView: Number(element.dataset.townsInView),
    labelsShown: Number(element.dataset.labelsShown),
    linksShown: Number(element.dataset.linksShown),
    center: element.dataset.center.split(',').map(Number),
    zoom: Number(element.dataset.zoom),
  }))
}

/** Web Mercator (512 px tiles, as MapLibre) from lon/lat to a pixel of the map canvas. */
export async function pixelOf(page, lon, lat) {
  const { center, zoom } = await mapState(page)
  const box = await page.locator('.map canvas').boundingBox()
  const scale = 512 * 2 ** zoom
  const project = ([x, y]) => [
    ((x + 180) / 360) * scale,
    ((1 - Math.log(Math.tan(Math.PI / 4 + (y * Math.PI) / 360)) / Math.PI) / 2) * scale,
  ]
  const [cx, cy] = project(center)
  const [px, py] = project([lon, lat])
  return { x: box.x + box.width / 2 + (px - cx), y: box.y + box.height / 2 + (py - cy) }
}

/** Records every request the page makes that is not to the app's own origin (or inline data). */
export function recordForeignRequests(page, origin) {
  const foreign = []
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url)
  })
  return foreign
}

/** Waits until the map has drawn again after a change (its diagnostics differ from `before`). */
export async function waitForMapChange(page, before, timeout = 30_000) {
  await page.waitForFunction(
    (previous) => {
      const element = document.querySelector('.map')
      return element !== null && JSON.stringify({ ...element.dataset }) !== previous
    },
    before,
    { timeout },
  )
}

export async function mapDataset(page) {
  return page.locator('.map').evaluate((element) => JSON.stringify({ ...element.dataset }))
}

/**
 * The middle of a link's curve, as src/domain/network/link-geometry.ts draws it: bent 0.18 of the chord,
 * and at least MIN_BULGE (0.24 in Web Mercator degrees), from the smaller id.
 */
export function curveMiddle([lon0, lat0], [lon1, lat1], bend = 0.18, minBulge = 0.24) {
  const mercator = (lat) => (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI
  const [y0, y1] = [mercator(lat0), mercator(lat1)]
  const [dx, dy] = [lon1 - lon0, y1 - y0]
  const scale = Math.max(bend, minBulge / Math.hypot(dx, dy))
  const x = (lon0 + lon1) / 2 - 0.5 * dy * scale
  const y = (y0 + y1) / 2 + 0.5 * dx * scale
  return [x, (Math.atan(Math.exp((y * Math.PI) / 180)) * 360) / Math.PI - 90]
}
