import type { LinkCategory } from '../domain/network/link-geometry'

/** Link colours: dark for formal agreements, magenta for joint projects, slate (dashed) for joint activities. */
export const LINK_COLOURS: Record<LinkCategory, string> = {
  agreement: '#1a1a2e',
  project: '#b8457e',
  activity: '#4f6d8a',
}

/** Activities are dashed, so that the three kinds differ in more than colour. */
export const LINK_DASH: Record<LinkCategory, readonly number[] | null> = {
  agreement: null,
  project: null,
  activity: [2, 1.5],
}
