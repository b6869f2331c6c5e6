import { useMediaQuery } from '../shared/use-media-query'

/** The width at and below which the page is laid out for a phone (the breakpoint of app.css's phone rules). */
export const PHONE_MAX_WIDTH = 760

/** Whether the page has the phone layout: the map with a bottom sheet, a compact header. */
export function usePhoneLayout(): boolean {
  return useMediaQuery(`(max-width: ${PHONE_MAX_WIDTH}px)`)
}
