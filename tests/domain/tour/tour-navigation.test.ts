import { describe, expect, it, vi } from 'vitest'
import { clampStep, createKioskTimer, kioskSeconds, moveStep, tourCommand } from '../../../src/domain/tour/tour-navigation'

describe('tourCommand', () => {
  it('maps the keys clickers and keyboards send', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) expect(tourCommand({ key }), key).toBe('next')
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(tourCommand({ key }), key).toBe('previous')
    expect(tourCommand({ key: 'Home' })).toBe('first')
    expect(tourCommand({ key: 'End' })).toBe('last')
    expect(tourCommand({ key: 'f' })).toBe('fullscreen')
    expect(tourCommand({ key: 'F' })).toBe('fullscreen')
    for (const key of ['b', 'B', '.']) expect(tourCommand({ key }), key).toBe('blank')
    expect(tourCommand({ key: 'Escape' })).toBe('exit')
  })

  it('leaves other keys and modifier chords alone (Ctrl+R reloads, Alt+Left goes back)', () => {
    expect(tourCommand({ key: 'a' })).toBeNull()
    expect(tourCommand({ key: 'Enter' })).toBeNull()
    expect(tourCommand({ key: 'ArrowLeft', altKey: true })).toBeNull()
    expect(tourCommand({ key: 'f', ctrlKey: true })).toBeNull()
    expect(tourCommand({ key: 'ArrowRight', metaKey: true })).toBeNull()
  })
})

describe('steps', () => {
  it('clamps a step from a link into the tour', () => {
    expect(clampStep(null, 9)).toBe(1)
    expect(clampStep(0, 9)).toBe(1)
    expect(clampStep(4, 9)).toBe(4)
    expect(clampStep(99, 9)).toBe(9)
    expect(clampStep(3.7, 9)).toBe(3)
    expect(clampStep(5, 0)).toBe(1)
  })

  it('stops at both ends, unless it loops (a kiosk)', () => {
    expect(moveStep(1, 9, 'previous')).toBe(1)
    expect(moveStep(9, 9, 'next')).toBe(9)
    expect(moveStep(9, 9, 'next', true)).toBe(1)
    expect(moveStep(1, 9, 'previous', true)).toBe(9)
    expect(moveStep(4, 9, 'next')).toBe(5)
    expect(moveStep(4, 9, 'previous')).toBe(3)
    expect(moveStep(4, 9, 'first')).toBe(1)
    expect(moveStep(4, 9, 'last')).toBe(9)
    expect(moveStep(20, 9, 'previous')).toBe(8)
  })
})

describe('the kiosk', () => {
  it('reads ?auto= as seconds from 5 to 600', () => {
    expect(kioskSeconds('20')).toBe(20)
    expect(kioskSeconds('5')).toBe(5)
    expect(kioskSeconds('600')).toBe(600)
    expect(kioskSeconds('4')).toBeNull()
    expect(kioskSeconds('601')).toBeNull()
    expect(kioskSeconds('2.5')).toBeNull()
    expect(kioskSeconds('abc')).toBeNull()
    expect(kioskSeconds(null)).toBeNull()
  })

  it('advances every period until paused, and again after start', () => {
    vi.useFakeTimers()
    try {
      const advance = vi.fn()
      const timer = createKioskTimer(20, advance)
      timer.start()
      expect(timer.running).toBe(true)
      vi.advanceTimersByTime(19_999)
      expect(advance).not.toHaveBeenCalled()
      vi.advanceTimersByTime(1)
      expect(advance).toHaveBeenCalledTimes(1)
      vi.advanceTimersByTime(40_000)
      expect(advance).toHaveBeenCalledTimes(3)
      timer.pause()
      expect(timer.running).toBe(false)
      vi.advanceTimersByTime(60_000)
      expect(advance).toHaveBeenCalledTimes(3)
      timer.start()
      timer.start() // a restart does not double the pace
      vi.advanceTimersByTime(20_000)
      expect(advance).toHaveBeenCalledTimes(4)
    } finally {
      vi.useRealTimers()
    }
  })
})
