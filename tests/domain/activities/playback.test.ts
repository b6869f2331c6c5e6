import { describe, expect, it } from 'vitest'
import {
  playbackBounds,
  advance,
  initialPlayback,
  playbackReducer,
  SPEEDS,
  stepMonths,
  tickInterval,
  type PlaybackAction,
  type PlaybackState,
} from '../../../src/domain/activities/playback'

const FIRST = '2002-01-01'
const LAST = '2024-07-01'

function run(state: PlaybackState, actions: readonly PlaybackAction[], reducedMotion = false): PlaybackState {
  return actions.reduce((current, action) => playbackReducer(current, action, reducedMotion), state)
}

describe('advance', () => {
  it('gives the last day of the month `months` after the month of the day', () => {
    expect(advance('2019-01-15', 0)).toBe('2019-01-31')
    expect(advance('2019-01-01', 0)).toBe('2019-01-31')
    expect(advance('2019-01-31', 1)).toBe('2019-02-28')
    expect(advance('2019-11-30', 3)).toBe('2020-02-29')
    expect(advance('2019-12-31', 12)).toBe('2020-12-31')
    expect(advance('2020-02-29', 12)).toBe('2021-02-28')
  })
})

describe('stepMonths and tickInterval', () => {
  it('steps a quarter, or a year with reduced motion', () => {
    expect(stepMonths(false)).toBe(3)
    expect(stepMonths(true)).toBe(12)
  })

  it('waits 700 ms per step at 1×, 1500 ms with reduced motion, divided by the speed', () => {
    expect(SPEEDS).toEqual([1, 2, 4])
    expect(tickInterval(1, false)).toBe(700)
    expect(tickInterval(2, false)).toBe(350)
    expect(tickInterval(4, false)).toBe(175)
    expect(tickInterval(1, true)).toBe(1500)
    expect(tickInterval(2, true)).toBe(750)
    expect(tickInterval(4, true)).toBe(375)
  })
})

describe('initialPlayback', () => {
  it('is paused at 1× at the end of the data', () => {
    expect(initialPlayback(FIRST, LAST)).toEqual({ status: 'paused', speed: 1, first: FIRST, last: LAST, position: LAST })
  })

  it('can start at a given position', () => {
    expect(initialPlayback(FIRST, LAST, '2010-03-31').position).toBe('2010-03-31')
  })
})

describe('playbackReducer', () => {
  const start = initialPlayback(FIRST, LAST)

  it('playing from the end starts again at the end of the first month', () => {
    const playing = playbackReducer(start, { type: 'play' })
    expect(playing).toEqual({ ...start, status: 'playing', position: '2002-01-31' })
  })

  it('playing from the middle keeps the position', () => {
    const state = initialPlayback(FIRST, LAST, '2010-03-31')
    expect(playbackReducer(state, { type: 'play' })).toEqual({ ...state, status: 'playing' })
  })

  it('ticks forward by a quarter to the last day of the month', () => {
    const state = run(start, [{ type: 'play' }, { type: 'tick' }])
    expect(state.position).toBe('2002-04-30')
    expect(run(state, [{ type: 'tick' }]).position).toBe('2002-07-31')
    expect(run(state, [{ type: 'tick' }, { type: 'tick' }, { type: 'tick' }]).position).toBe('2003-01-31')
    expect(state.status).toBe('playing')
  })

  it('ticks forward by a year with reduced motion', () => {
    const state = run(start, [{ type: 'play' }, { type: 'tick' }, { type: 'tick' }], true)
    expect(state.position).toBe('2004-01-31')
  })

  it('pauses at the last day when a tick reaches or passes it', () => {
    const near = { ...initialPlayback(FIRST, LAST, '2024-04-30'), status: 'playing' as const }
    expect(playbackReducer(near, { type: 'tick' })).toEqual({ ...near, status: 'paused', position: LAST })
    // Exactly reaching the last day pauses there too.
    const exact = { ...initialPlayback('2019-01-01', '2019-07-31', '2019-04-30'), status: 'playing' as const }
    expect(playbackReducer(exact, { type: 'tick' })).toMatchObject({ status: 'paused', position: '2019-07-31' })
    // One step short of the end keeps playing.
    const before = { ...initialPlayback('2019-01-01', '2019-08-01', '2019-04-30'), status: 'playing' as const }
    expect(playbackReducer(before, { type: 'tick' })).toMatchObject({ status: 'playing', position: '2019-07-31' })
  })

  it('plays through the whole data in quarter steps and stops at the end', () => {
    let state = playbackReducer(start, { type: 'play' })
    const positions = [state.position]
    for (let guard = 0; state.status === 'playing' && guard < 1000; guard += 1) {
      state = playbackReducer(state, { type: 'tick' })
      positions.push(state.position)
    }
    expect(state).toMatchObject({ status: 'paused', position: LAST })
    expect(positions).toEqual([...positions].sort())
    expect(new Set(positions).size).toBe(positions.length)
    // 2002-01-31 + 90 quarters = 2024-07-31, past the last day: 89 quarter steps, then the last day.
    expect(positions).toHaveLength(1 + 89 + 1)
    expect(positions.at(-2)).toBe('2024-04-30')
  })

  it('does nothing on a tick while paused', () => {
    const paused = initialPlayback(FIRST, LAST, '2010-03-31')
    expect(playbackReducer(paused, { type: 'tick' })).toBe(paused)
    expect(playbackReducer(start, { type: 'tick' })).toBe(start)
  })

  it('pauses, and toggles between playing and paused', () => {
    const playing = playbackReducer(start, { type: 'play' })
    expect(playbackReducer(playing, { type: 'pause' })).toEqual({ ...playing, status: 'paused' })
    const toggledOn = playbackReducer(start, { type: 'toggle' })
    expect(toggledOn).toEqual(playing)
    const toggledOff = playbackReducer(toggledOn, { type: 'toggle' })
    expect(toggledOff).toEqual({ ...playing, status: 'paused' })
    // Toggling again resumes where it paused.
    expect(playbackReducer(toggledOff, { type: 'toggle' })).toEqual(playing)
  })

  it('toggles with the step of reduced motion', () => {
    const state = run(start, [{ type: 'toggle' }, { type: 'tick' }], true)
    expect(state.position).toBe('2003-01-31')
  })

  it('changes the speed without touching the rest', () => {
    const playing = playbackReducer(start, { type: 'play' })
    for (const speed of SPEEDS) expect(playbackReducer(playing, { type: 'speed', speed })).toEqual({ ...playing, speed })
  })

  it('seeks within the data, clamped to its first and last day', () => {
    expect(playbackReducer(start, { type: 'seek', position: '2010-06-15' }).position).toBe('2010-06-15')
    expect(playbackReducer(start, { type: 'seek', position: '1990-01-01' }).position).toBe(FIRST)
    expect(playbackReducer(start, { type: 'seek', position: '2030-01-01' }).position).toBe(LAST)
    expect(playbackReducer(start, { type: 'seek', position: FIRST }).position).toBe(FIRST)
    expect(playbackReducer(start, { type: 'seek', position: LAST }).position).toBe(LAST)
    // Seeking keeps playing or paused as it was.
    const playing = playbackReducer(start, { type: 'play' })
    expect(playbackReducer(playing, { type: 'seek', position: '2010-06-15' })).toEqual({ ...playing, position: '2010-06-15' })
  })

  it('resets to paused at the end of the data, keeping the speed', () => {
    const state = run(start, [{ type: 'speed', speed: 4 }, { type: 'play' }, { type: 'tick' }, { type: 'reset' }])
    expect(state).toEqual({ ...start, speed: 4 })
  })

  it('never changes the state it is given', () => {
    const frozen = Object.freeze(initialPlayback(FIRST, LAST, '2010-03-31'))
    const actions: PlaybackAction[] = [
      { type: 'play' }, { type: 'pause' }, { type: 'toggle' }, { type: 'tick' },
      { type: 'speed', speed: 2 }, { type: 'seek', position: '2011-01-01' }, { type: 'reset' },
    ]
    for (const action of actions) playbackReducer(frozen, action)
    expect(frozen).toEqual(initialPlayback(FIRST, LAST, '2010-03-31'))
  })
})

describe('new bounds', () => {
  it('move the start and end without restarting, and keep the position inside', () => {
    const state = { ...initialPlayback('2002-01-01', '2024-12-31'), position: '2019-06-30' }
    const moved = playbackReducer(state, { type: 'bounds', first: '2016-01-01', last: '2018-12-31' })
    expect(moved).toMatchObject({ first: '2016-01-01', last: '2018-12-31', position: '2018-12-31', status: 'paused' })
    expect(playbackReducer(moved, { type: 'bounds', first: '2016-01-01', last: '2018-12-31' })).toBe(moved)
    expect(playbackReducer(moved, { type: 'play' }).position).toBe('2016-01-31')
  })
})

describe('playbackBounds', () => {
  it('runs from the period\'s start, or the first year of the data, to the end of the data', () => {
    expect(playbackBounds(null, [2001, 2024])).toEqual({ first: '2001-01-01', last: '2024-12-31' })
    expect(playbackBounds('2017-03-01', [2001, 2024])).toEqual({ first: '2017-03-01', last: '2024-12-31' })
  })
})
