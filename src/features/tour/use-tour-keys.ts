import { useEffect, useEffectEvent } from 'react'
import { tourCommand, type TourCommand } from '../../domain/tour/tour-navigation'

/**
 * The presentation's keys, as clickers and keyboards send them, on the whole window: handled before the
 * map (whose arrows would pan it) and the page (whose Space and PageDown would scroll it) see them. Keys
 * typed into a field are left to the field.
 */
export function useTourKeys(onCommand: (command: TourCommand) => void, onAnyInput?: () => void) {
  const handle = useEffectEvent((event: KeyboardEvent) => {
    onAnyInput?.()
    const target = event.target as HTMLElement | null
    if (target?.closest('input, select, textarea, [contenteditable="true"]')) return
    const command = tourCommand(event)
    if (command === null) return
    // A focused button answers Space itself; the presentation answers every other key.
    if (event.key === ' ' && target?.closest('button')) return
    event.preventDefault()
    event.stopPropagation()
    onCommand(command)
  })
  const touched = useEffectEvent(() => onAnyInput?.())
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => handle(event)
    const onPointer = () => touched()
    window.addEventListener('keydown', onKey, { capture: true })
    window.addEventListener('pointerdown', onPointer, { capture: true })
    return () => {
      window.removeEventListener('keydown', onKey, { capture: true })
      window.removeEventListener('pointerdown', onPointer, { capture: true })
    }
  }, [])
}

/** Full screen on and off (a browser may refuse: then nothing happens). */
export function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined)
  else void document.documentElement.requestFullscreen?.().catch(() => undefined)
}
