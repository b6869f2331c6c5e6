import { utcMonth } from 'd3'

/**
 * Playback of the network through time: the end of the period moves forward step by step from the
 * start of the data to its end, so that links and activities appear when they start.
 * A pure state machine; the component drives it with a timer.
 */
export interface PlaybackState {
  status: 'paused' | 'playing'
  /** Speed factor: 1, 2 or 4 steps per second. */
  speed: 1 | 2 | 4
  /** Where the period ends now (ISO day). */
  position: string
  /** First and last day of the data (ISO). */
  first: string
  last: string
}

export type PlaybackAction =
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'toggle' }
  | { type: 'tick' }
  | { type: 'speed'; speed: PlaybackState['speed'] }
  | { type: 'seek'; position: string }
  | { type: 'reset' }
  | { type: 'bounds'; first: string; last: string }

export const SPEEDS: readonly PlaybackState['speed'][] = [1, 2, 4]

/** How far one step moves: a quarter, or a year when motion is reduced (fewer, larger steps). */
export function stepMonths(reducedMotion: boolean): number {
  return reducedMotion ? 12 : 3
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10)
}

/** The last day of the month `months` after the month of `day`. */
export function advance(day: string, months: number): string {
  const start = utcMonth.floor(new Date(`${day}T00:00:00Z`))
  return iso(new Date(utcMonth.offset(start, months + 1).getTime() - 86_400_000))
}

export function initialPlayback(first: string, last: string, position: string | null = null): PlaybackState {
  return { status: 'paused', speed: 1, first, last, position: position ?? last }
}

export function playbackReducer(state: PlaybackState, action: PlaybackAction, reducedMotion = false): PlaybackState {
  switch (action.type) {
    case 'play':
      // Playing from the end (or from before a new start) starts again from the beginning.
      return {
        ...state,
        status: 'playing',
        position: state.position >= state.last || state.position < state.first ? advance(state.first, 0) : state.position,
      }
    case 'pause':
      return { ...state, status: 'paused' }
    case 'toggle':
      return playbackReducer(state, { type: state.status === 'playing' ? 'pause' : 'play' }, reducedMotion)
    case 'tick': {
      if (state.status !== 'playing') return state
      const next = advance(state.position, stepMonths(reducedMotion))
      return next >= state.last ? { ...state, status: 'paused', position: state.last } : { ...state, position: next }
    }
    case 'speed':
      return { ...state, speed: action.speed }
    case 'seek': {
      const position = action.position < state.first ? state.first : action.position > state.last ? state.last : action.position
      return { ...state, position }
    }
    case 'reset':
      return { ...state, status: 'paused', position: state.last }
    case 'bounds':
      if (action.first === state.first && action.last === state.last) return state
      return {
        ...state,
        first: action.first,
        last: action.last,
        position: state.position > action.last ? action.last : state.position < action.first ? advance(action.first, 0) : state.position,
      }
  }
}

/** Milliseconds between two steps at a speed. */
export function tickInterval(speed: PlaybackState['speed'], reducedMotion: boolean): number {
  return (reducedMotion ? 1500 : 700) / speed
}

/** Playback grows the period from its start (or the first year of the data) to the end of the data. */
export function playbackBounds(from: string | null, years: readonly [number, number]): { first: string; last: string } {
  return { first: from ?? `${years[0]}-01-01`, last: `${years[1]}-12-31` }
}
