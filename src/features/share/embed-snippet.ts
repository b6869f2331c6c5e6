/** The height of an embedded map, in CSS pixels: enough for the 24 towns and the legend below them. */
export const EMBED_HEIGHT = 480

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

export interface EmbedSnippetOptions {
  /** The address of the view in embed mode. */
  src: string
  /** What the frame shows, for screen readers: the view's title. */
  title: string
  height?: number
}

/**
 * The HTML a host page pastes to show a view: a lazy iframe as wide as its column, that sends no referrer
 * (the host page's address stays with the host). Values are escaped as HTML attributes.
 */
export function embedSnippet({ src, title, height = EMBED_HEIGHT }: EmbedSnippetOptions): string {
  return `<iframe src="${attribute(src)}" width="100%" height="${height}" style="border:0" title="${attribute(title)}" loading="lazy" referrerpolicy="no-referrer"></iframe>`
}
