/** The key under which the browser remembers that the reader has seen "About this network". */
export const ABOUT_SEEN_KEY = '24cities.about.seen'

/** Whether "About this network" was dismissed in this browser (storage refused: as if it was, never nagging). */
export function aboutSeen(): boolean {
  try {
    return window.localStorage.getItem(ABOUT_SEEN_KEY) === '1'
  } catch {
    return true
  }
}

export function rememberAboutSeen() {
  try {
    window.localStorage.setItem(ABOUT_SEEN_KEY, '1')
  } catch {
    // Private mode or storage refused: it opens again next time, nothing else breaks.
  }
}
