import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/** Lints a snippet as if it were a file of the app, with the project's own configuration. */
async function lint(code: string, file = 'src/features/towns/example.tsx') {
  const [result] = await new ESLint({ cwd: process.cwd() }).lintText(code, { filePath: file })
  return (result?.messages ?? []).map((message) => message.message)
}

describe('the lint rules that keep text from data out of HTML', () => {
  it('rejects dangerouslySetInnerHTML', async () => {
    const messages = await lint('export const Note = ({ text }: { text: string }) => <p dangerouslySetInnerHTML={{ __html: text }} />\n')
    expect(messages).toContain('Text from data is never injected as HTML: render it as text.')
  })

  it('rejects assigning innerHTML', async () => {
    const messages = await lint('export function show(element: HTMLElement, text: string) {\n  element.innerHTML = text\n}\n', 'src/features/towns/show.ts')
    expect(messages).toContain('Text from data is never injected as HTML: set textContent.')
  })

  it('accepts text rendered as text', async () => {
    expect(await lint('export const Note = ({ text }: { text: string }) => <p>{text}</p>\n')).toEqual([])
  })
})
