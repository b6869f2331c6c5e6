import { describe, expect, it } from 'vitest'
import de from '../../src/i18n/locales/de.json'
import en from '../../src/i18n/locales/en.json'
import hu from '../../src/i18n/locales/hu.json'
import sl from '../../src/i18n/locales/sl.json'

type Tree = { [key: string]: string | Tree }

/** Every leaf of a locale as "a.b.c" → text. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const leaves = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') leaves.set(`${prefix}${key}`, value)
    else for (const [leaf, text] of flatten(value, `${prefix}${key}.`)) leaves.set(leaf, text)
  }
  return leaves
}

const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other']
const PLURAL = new RegExp(`^(.*?)(_ordinal)?_(${CATEGORIES.join('|')})$`)

interface KeyInfo {
  /** Plain keys and the base of each plural key, with `_ordinal` for ordinal ones. */
  bases: Set<string>
  /** For each plural base: the categories the locale gives it. */
  forms: Map<string, Set<string>>
  /** For each base: the {{variables}} its texts use (all forms together). */
  variables: Map<string, Set<string>>
}

function keyInfo(tree: Tree): KeyInfo {
  const info: KeyInfo = { bases: new Set(), forms: new Map(), variables: new Map() }
  for (const [key, text] of flatten(tree)) {
    const plural = PLURAL.exec(key)
    const base = plural ? `${plural[1]}${plural[2] ?? ''}` : key
    info.bases.add(base)
    if (plural) info.forms.set(base, (info.forms.get(base) ?? new Set()).add(plural[3] as string))
    const used = info.variables.get(base) ?? new Set<string>()
    for (const match of text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) used.add(match[1] as string)
    info.variables.set(base, used)
  }
  return info
}

const reference = keyInfo(en)
const locales = { sl, de, hu } as const

describe('the locales', () => {
  it('English has the plural forms English needs', () => {
    for (const [base, forms] of reference.forms) {
      const type = base.endsWith('_ordinal') ? 'ordinal' : 'cardinal'
      expect([...forms].sort(), base).toEqual([...new Intl.PluralRules('en', { type }).resolvedOptions().pluralCategories].sort())
    }
  })

  for (const [language, tree] of Object.entries(locales)) {
    describe(language, () => {
      const info = keyInfo(tree)
      const cardinal = [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort()
      const ordinal = [...new Intl.PluralRules(language, { type: 'ordinal' }).resolvedOptions().pluralCategories].sort()

      it('has every key of the English locale and none it lacks', () => {
        const missing = [...reference.bases].filter((base) => !info.bases.has(base))
        const extra = [...info.bases].filter((base) => !reference.bases.has(base))
        expect({ missing, extra }).toEqual({ missing: [], extra: [] })
      })

      it(`gives every plural key the forms of ${language} (cardinal: ${cardinal.join(', ')}; ordinal: ${ordinal.join(', ')})`, () => {
        for (const base of reference.forms.keys()) {
          const wanted = base.endsWith('_ordinal') ? ordinal : cardinal
          expect([...(info.forms.get(base) ?? [])].sort(), base).toEqual(wanted)
        }
      })

      it('uses the same {{variables}} as English in every text, and leaves none empty', () => {
        for (const [base, variables] of reference.variables) {
          // A language may leave a count out of a form that names it in words ("one town"), never add one.
          const own = info.variables.get(base) ?? new Set()
          for (const variable of own) expect(variables.has(variable), `${base} uses {{${variable}}}`).toBe(true)
          for (const variable of variables) {
            if (variable !== 'count') expect(own.has(variable), `${base} lacks {{${variable}}}`).toBe(true)
          }
        }
        for (const [key, text] of flatten(tree)) expect(text.trim(), key).not.toBe('')
      })
    })
  }
})
