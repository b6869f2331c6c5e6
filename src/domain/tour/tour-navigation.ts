/** Where a presentation can go from a key or a click. */
export type TourMove = 'next' | 'previous' | 'first' | 'last'

/** What a key does in a presentation: a move, or one of the presenter's commands. */
export type TourCommand = TourMove | 'fullscreen' | 'blank' | 'exit'

/**
 * Keys as clickers and keyboards send them: clickers send PageDown/PageUp (some Right/Left, some
 * Space, and "." or B for a black screen).
 */
const KEYS: Readonly<Record<string, TourCommand>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  Spacebar: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  F: 'fullscreen',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  Escape: 'exit',
}

/** The command of a key press, or null when the key is not the presentation's (modifier chords are never). */
export function tourCommand(event: { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean }): TourCommand | null {
  if (event.ctrlKey === true || event.metaKey === true || event.altKey === true) return null
  return KEYS[event.key] ?? null
}

/** The step (1-based) within 1..count; a step out of range (an old link) goes to the nearest one. */
export function clampStep(step: number | null, count: number): number {
  if (count <= 0) return 1
  if (step === null || !Number.isFinite(step)) return 1
  return Math.min(Math.max(Math.trunc(step), 1), count)
}

/** The step a move leads to; next on the last and previous on the first stay put, unless `loop`. */
export function moveStep(step: number, count: number, move: TourMove, loop = false): number {
  const current = clampStep(step, count)
  switch (move) {
    case 'first':
      return 1
    case 'last':
      return Math.max(count, 1)
    case 'next':
      return current < count ? current + 1 : loop ? 1 : current
    case 'previous':
      return current > 1 ? current - 1 : loop ? Math.max(count, 1) : current
  }
}

/** `?auto=20`: seconds between steps of a kiosk (5 to 600), null when absent or not a number in range. */
export function kioskSeconds(value: string | null): number | null {
  if (value === null || !/^\d{1,3}$/.test(value)) return null
  const seconds = Number(value)
  return seconds >= 5 && seconds <= 600 ? seconds : null
}

export interface KioskTimer {
  /** Starts (or restarts) the countdown to the next step. */
  start(): void
  /** Stops advancing until start() is called again (a key or a touch of a visitor). */
  pause(): void
  readonly running: boolean
}

/**
 * A kiosk's clock: every `seconds` it calls `advance` (which loops the tour) until paused. The timer
 * functions are passed in, so that tests can drive it with fake timers.
 */
export function createKioskTimer(
  seconds: number,
  advance: () => void,
  timers: { setInterval: (callback: () => void, ms: number) => unknown; clearInterval: (handle: unknown) => void } = {
    setInterval: (callback, ms) => globalThis.setInterval(callback, ms),
    clearInterval: (handle) => globalThis.clearInterval(handle as ReturnType<typeof globalThis.setInterval>),
  },
): KioskTimer {
  let handle: unknown = null
  const stop = () => {
    if (handle !== null) timers.clearInterval(handle)
    handle = null
  }
  return {
    start() {
      stop()
      handle = timers.setInterval(advance, seconds * 1000)
    },
    pause: stop,
    get running() {
      return handle !== null
    },
  }
}
