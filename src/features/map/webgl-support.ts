/**
 * Whether this browser can draw the MapLibre map at all: WebGL may be switched off (a policy, a flag, an
 * old driver on a blocklist) or its context may be lost while the page runs (a GPU reset, too many
 * contexts). Without it the app draws the simpler SVG map instead of a blank box.
 */
let supported: boolean | null = null

/** A canvas asked for a WebGL context once per page; the answer is kept and the probe's context released. */
export function webGLSupported(): boolean {
  if (supported !== null) return supported
  try {
    const canvas = document.createElement('canvas')
    const context = canvas.getContext('webgl2') ?? canvas.getContext('webgl')
    supported = context !== null
    // Browsers allow few live contexts: the probe gives its own back at once.
    context?.getExtension('WEBGL_lose_context')?.loseContext()
  } catch {
    supported = false
  }
  return supported
}

/** What MapLibre's map offers to listen with (its `on` and `off`), narrowed so that this module needs no MapLibre. */
interface ContextEvents {
  on: (type: 'webglcontextlost', listener: () => void) => unknown
  off: (type: 'webglcontextlost', listener: () => void) => unknown
}

/** Calls `onLost` once when the map's WebGL context is lost while the page runs; returns the way to stop listening. */
export function watchContextLoss(map: ContextEvents, onLost: () => void): () => void {
  const listener = () => {
    map.off('webglcontextlost', listener)
    onLost()
  }
  map.on('webglcontextlost', listener)
  return () => map.off('webglcontextlost', listener)
}
