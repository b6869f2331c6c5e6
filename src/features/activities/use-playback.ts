import { useEffect, useReducer, useRef } from 'react'
import { initialPlayback, playbackReducer, tickInterval, type PlaybackAction, type PlaybackState } from '../../domain/activities/playback'

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
}

/**
 * Drives the playback state machine with a timer and reports each new end of the period.
 * With prefers-reduced-motion it takes fewer, larger steps (a year at a time) instead of a quick quarter.
 */
export function usePlayback(first: string, last: string, onPosition: (to: string) => void): [PlaybackState, (action: PlaybackAction) => void] {
  const reduced = prefersReducedMotion()
  const [state, dispatch] = useReducer(
    (current: PlaybackState, action: PlaybackAction) => playbackReducer(current, action, reduced),
    undefined,
    () => initialPlayback(first, last),
  )
  // A new start (the period's own) or end of the data moves the bounds without restarting.
  useEffect(() => dispatch({ type: 'bounds', first, last }), [first, last])
  const onPositionRef = useRef(onPosition)
  useEffect(() => {
    onPositionRef.current = onPosition
  }, [onPosition])

  useEffect(() => {
    if (state.status !== 'playing') return
    const timer = window.setInterval(() => dispatch({ type: 'tick' }), tickInterval(state.speed, reduced))
    return () => window.clearInterval(timer)
  }, [state.status, state.speed, reduced])

  // Each new position is reported once; the initial one (the end of the data) is not a change.
  const reported = useRef(state.position)
  useEffect(() => {
    if (state.position === reported.current) return
    reported.current = state.position
    onPositionRef.current(state.position)
  }, [state.position])

  return [state, dispatch]
}
