import '@testing-library/jest-dom/vitest'
import { afterEach, beforeEach, expect } from 'vitest'

/**
 * Texts from the data are objects (a version per language): one rendered by mistake shows as
 * "[object Object]". Every component test fails if any text or attribute it renders says so.
 */
const OBJECT_TEXT = '[object Object]'
let observer: MutationObserver | null = null
const found: string[] = []

function inspect(node: Node): void {
  if (node.nodeType === Node.TEXT_NODE) {
    if (node.textContent?.includes(OBJECT_TEXT)) found.push(`text: ${node.textContent}`)
    return
  }
  if (!(node instanceof Element)) return
  for (const element of [node, ...Array.from(node.querySelectorAll('*'))]) {
    for (const attribute of Array.from(element.attributes)) {
      if (attribute.value.includes(OBJECT_TEXT)) found.push(`<${element.tagName.toLowerCase()} ${attribute.name}="${attribute.value}">`)
    }
  }
  if (node.textContent?.includes(OBJECT_TEXT)) found.push(`<${node.tagName.toLowerCase()}>: ${node.textContent.slice(0, 200)}`)
}

function inspectRecords(records: readonly MutationRecord[]): void {
  for (const record of records) {
    if (record.type === 'childList') record.addedNodes.forEach(inspect)
    else if (record.type === 'characterData') inspect(record.target)
    else if (record.target instanceof Element && record.attributeName !== null) {
      const value = record.target.getAttribute(record.attributeName)
      if (value?.includes(OBJECT_TEXT)) found.push(`<${record.target.tagName.toLowerCase()} ${record.attributeName}="${value}">`)
    }
  }
}

beforeEach(() => {
  found.length = 0
  observer = new MutationObserver(inspectRecords)
  observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true })
  inspect(document.documentElement)
})

afterEach(() => {
  if (observer) inspectRecords(observer.takeRecords())
  observer?.disconnect()
  observer = null
  expect([...new Set(found)], `a test rendered "${OBJECT_TEXT}"`).toEqual([])
})
