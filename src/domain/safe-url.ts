/** The URL as a string when it is an absolute http(s) URL, else null (javascript:, data:, relative…). */
export function safeWebUrl(value: string): string | null {
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}
