import { useEffect, useEffectEvent, useRef } from 'react'

/** The windows of one presentation (the projector's and the presenter's) talk on this channel. */
export const TOUR_CHANNEL = '24cities-tour'

type TourMessage = { type: 'hello' } | { type: 'step'; step: number }

function isTourMessage(data: unknown): data is TourMessage {
  if (typeof data !== 'object' || data === null) return false
  const message = data as { type?: unknown; step?: unknown }
  return message.type === 'hello' || (message.type === 'step' && typeof message.step === 'number' && Number.isInteger(message.step) && message.step > 0)
}

/**
 * Keeps the presentation's windows on one step: a window that moves announces its step, the others follow;
 * a window that opens asks the others where they are ("hello") instead of pulling them to its own step.
 * Returns `announce`, to call after a move of this window's own.
 */
export function useTourChannel(step: number, onStep: (step: number) => void): (step: number) => void {
  const channel = useRef<BroadcastChannel | null>(null)
  const received = useEffectEvent((data: unknown) => {
    if (!isTourMessage(data)) return
    if (data.type === 'hello') channel.current?.postMessage({ type: 'step', step } satisfies TourMessage)
    else if (data.step !== step) onStep(data.step)
  })
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return
    const opened = new BroadcastChannel(TOUR_CHANNEL)
    opened.onmessage = (event: MessageEvent) => received(event.data)
    channel.current = opened
    opened.postMessage({ type: 'hello' } satisfies TourMessage)
    return () => {
      channel.current = null
      opened.close()
    }
  }, [])
  return (next) => channel.current?.postMessage({ type: 'step', step: next } satisfies TourMessage)
}
