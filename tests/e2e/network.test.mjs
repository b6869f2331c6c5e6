/** The network in a real browser: ties by kind on the map and in the Network tab, the ranking, the group-lines switch, filters in the URL, export. */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, test } from 'node:test'
import { openApp, useServedApp, waitForMapIdle } from './browser.mjs'
import { curveMiddle, mapColourCount, mapDataset, mapState, saveScreenshot, waitForMapChange } from './page-checks.mjs'

const app = useServedApp({ before, after })
const ids = new Set(
  ['links.json', 'projects.json', 'activities.json'].flatMap((file) =>
    JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8')).map((record) => record.id),
  ),
)
const TIES = ['direct', 'group', 'network']

const open = (query, viewport) => openApp(app, query, viewport)

/** A headline figure of the Network tab, by its key (towns, direct, group, network, density, cross-border). */
const figure = async (page, key) => (await page.locator(`.headline-figures [data-figure="${key}"] dd`).textContent()).trim()
const tieCounts = async (page) => Object.fromEntries(await Promise.all(TIES.map(async (tie) => [tie, Number(await figure(page, tie))])))

/** Downloads the Network tab's export in the given format and returns its text. */
async function download(page, format) {
  await page.selectOption('.export-menu select', format)
  const [file] = await Promise.all([page.waitForEvent('download'), page.click('.export-menu button')])
  return readFileSync(await file.path(), 'utf8')
}

/** Competition ranks ("1, 2, 2, 4") of values sorted from the largest, as the ranking shows them. */
function competitionRanks(values) {
  return values.map((value) => {
    const rank = 1 + values.filter((other) => other > value).length
    return values.filter((other) => other === value).length > 1 ? `=${rank}` : String(rank)
  })
}

test('the first view draws direct ties as lines, the twin towns’ tie among them, and group records as stars', async () => {
  const { page, foreign } = await open('?lang=en')
  const { linkKeys, groupStars } = await page.locator('.map').evaluate((element) => ({ ...element.dataset }))
  assert.ok(linkKeys.split(' ').includes('bad-radkersburg|gornja-radgona'), `lines drawn: ${linkKeys}`)
  assert.ok(Number(groupStars) > 0, `group stars: ${groupStars}`)
  assert.ok((await mapColourCount(page)) > 20)
  await saveScreenshot(page, 'network-links-1280')
  assert.deepEqual(foreign, [])
  await page.close()
})

test('the Network tab gives the ties by kind and the rule, and its figures and ranking agree with its export', async () => {
  const { page, errors } = await open('?lang=en')
  await page.click('#tab-network')
  assert.equal(await figure(page, 'towns'), '24')
  const counts = await tieCounts(page)
  assert.match(await page.locator('.weight-rule').textContent(), /^Each record adds 1\/\(n−1\) to each pair of its n towns, so a town’s strength is the number of records it takes part in/)
  const network = JSON.parse(await download(page, 'json'))
  assert.deepEqual(counts, Object.fromEntries(TIES.map((tie) => [tie, network.edges.filter((edge) => edge.tie === tie).length])))
  assert.ok(counts.direct > 0 && counts.group > 0 && counts.network > 0, JSON.stringify(counts))

  // Each bar's number is the town's strength: the records it takes part in, as the export gives it.
  const rows = await page.locator('.degree-row').evaluateAll((items) =>
    items.map((item) => ({
      town: item.dataset.town,
      value: item.querySelector('.degree-value').textContent,
      rank: item.querySelector('.degree-rank').textContent,
      betweenness: item.querySelector('.betweenness-value').textContent,
    })),
  )
  assert.equal(rows.length, 24)
  const node = new Map(network.nodes.map((item) => [item.id, item]))
  for (const row of rows) {
    assert.equal(Number(row.value), node.get(row.town).strength, `${row.town}: bar ${row.value}`)
    assert.ok(Math.abs(Number.parseFloat(row.betweenness) - node.get(row.town).betweenness * 100) <= 0.051, `${row.town}: betweenness ${row.betweenness}`)
  }
  const values = rows.map((row) => Number(row.value))
  assert.deepEqual([...values].sort((a, b) => b - a), values, 'bars are ranked by strength')
  assert.deepEqual(rows.map((row) => row.rank), competitionRanks(values), 'equal strengths share a rank')

  const cells = await page.locator('.country-matrix td[data-cell]').allTextContents()
  assert.equal(cells.length, 9)
  assert.ok(cells.every((cell) => /^\d+$/.test(cell.trim())))
  assert.match(await page.locator('.country-matrix caption').textContent(), /^Direct and group ties/)

  // Group (3 to 8 towns) and network-wide (more) records, each with its town count.
  for (const [list, test] of [['group', (n) => n >= 3 && n <= 8], ['network', (n) => n > 8]]) {
    const items = await page.locator(`[data-records="${list}"] li`).evaluateAll((lis) => lis.map((li) => [li.dataset.record, li.querySelector('.record-count').textContent]))
    assert.ok(items.length > 0, list)
    for (const [id, count] of items) {
      assert.ok(ids.has(id), `${id} is a record in data/`)
      assert.ok(test(Number.parseInt(count, 10)), `${list}: ${id} names ${count}`)
    }
  }
  await saveScreenshot(page, 'network-tab-1280')
  await page.locator('.degree-chart').scrollIntoViewIfNeeded()
  await saveScreenshot(page, 'network-ranking-1280')
  await page.locator('[data-records="group"] li').first().hover()
  await saveScreenshot(page, 'network-group-hover-1280')
  assert.deepEqual(errors, [])
  await page.close()
})

test('?groups=lines draws group ties as lines instead of stars, lives in the URL and survives a reload', async () => {
  const { page } = await open('?lang=en')
  await page.click('#tab-network')
  const before = await mapState(page)
  const starsBefore = Number(await page.locator('.map').getAttribute('data-group-stars'))
  assert.ok(starsBefore > 0)
  const dataset = await mapDataset(page)
  await page.getByRole('checkbox', { name: 'Show group ties as lines (one per pair)' }).check()
  assert.equal(new URL(page.url()).searchParams.get('groups'), 'lines')
  await waitForMapChange(page, dataset)
  await page.waitForFunction((drawn) => Number(document.querySelector('.map').dataset.linksShown) > drawn, before.linksShown)
  assert.equal(await page.locator('.map').getAttribute('data-group-stars'), '0')
  assert.equal(await page.locator('[data-legend="group-star"]').count(), 0)
  await saveScreenshot(page, 'network-group-lines-1280')

  await page.reload()
  await waitForMapIdle(page)
  await page.click('#tab-network')
  const checkbox = page.getByRole('checkbox', { name: 'Show group ties as lines (one per pair)' })
  assert.equal(await checkbox.isChecked(), true)
  assert.ok((await mapState(page)).linksShown > before.linksShown)
  await checkbox.uncheck()
  assert.equal(new URL(page.url()).searchParams.get('groups'), null)
  await page.close()
})

test('a country filter changes the ties and the figures, lives in the URL and survives a reload', async () => {
  const { page } = await open('?lang=en')
  await page.click('#tab-network')
  const total = (counts) => counts.direct + counts.group + counts.network
  const tiesBefore = total(await tieCounts(page))
  const drawnBefore = (await mapState(page)).linksShown
  const stateBefore = await mapDataset(page)
  await page.locator('.filters-box summary').click()
  // The open filters fit the sidebar: a long project name or the date fields do not widen it.
  const [scrollWidth, clientWidth] = await page.locator('.network-tab').evaluate((tab) => [tab.scrollWidth, tab.clientWidth])
  assert.ok(scrollWidth <= clientWidth, `the tab is ${scrollWidth} px wide in ${clientWidth} px`)
  await page.locator('input[name="country"][value="AT"]').uncheck()
  await page.locator('input[name="country"][value="HU"]').uncheck()
  assert.equal(new URL(page.url()).searchParams.get('country'), 'SI')
  const tiesAfter = total(await tieCounts(page))
  assert.ok(tiesAfter < tiesBefore, `ties ${tiesBefore} -> ${tiesAfter}`)
  await waitForMapChange(page, stateBefore)
  await page.waitForFunction((before) => Number(document.querySelector('.map').dataset.linksShown) < before, drawnBefore)
  await saveScreenshot(page, 'network-filter-si-1280')
  await page.reload()
  await waitForMapIdle(page)
  await page.click('#tab-network')
  assert.equal(total(await tieCounts(page)), tiesAfter)
  assert.equal(await page.locator('input[name="country"][value="AT"]').isChecked(), false)
  await page.close()
})

test('a bar opens its town, whose panel gives the same strength', async () => {
  const { page } = await open('?lang=en')
  await page.click('#tab-network')
  const first = page.locator('.degree-row').first()
  const [town, value] = await first.evaluate((row) => [row.dataset.town, row.querySelector('.degree-value').textContent])
  await first.click()
  await page.locator(`.town-panel[data-town="${town}"]`).waitFor()
  assert.equal(new URL(page.url()).searchParams.get('town'), town)
  assert.equal(await page.locator('.town-panel [data-strength]').getAttribute('data-strength'), value)
  await page.close()
})

test('the tab speaks German: ties by kind, the rule, strength, and no "Partnerstädte" in its figures', async () => {
  const { page } = await open('?lang=de')
  await page.click('#tab-network')
  // Without the soft hyphens that let long German words break in the narrow boxes.
  const label = async (key) => (await page.locator(`.headline-figures [data-figure="${key}"] dt`).textContent()).replace(/\u00ad/g, '')
  assert.equal(await label('direct'), 'Direkte Verbindungen')
  assert.equal(await label('group'), 'Gruppenverbindungen')
  assert.equal(await label('network'), 'Netzwerkweite Verbindungen')
  assert.match(await page.locator('.weight-rule').textContent(), /^Jeder Eintrag gibt jedem Paar seiner n Städte 1\/\(n−1\)/)
  await page.getByRole('heading', { name: 'Städte nach Stärke' }).waitFor()
  // "Partnerstädte" names one kind of link in the filters; the figures never call towns so.
  assert.doesNotMatch(await page.locator('.network-dashboard').textContent(), /Partnerst/)
  // The long German words break: no figure sticks out of the tab.
  const overflow = await page.locator('.network-tab').evaluate((tab) => {
    const right = tab.getBoundingClientRect().right
    return Math.max(...Array.from(tab.querySelectorAll('.headline-figures > div, .weight-rule, .country-matrix, .degree-chart')).map((item) => item.getBoundingClientRect().right - right))
  })
  assert.ok(overflow <= 0.5, `a figure sticks out of the tab by ${overflow} px`)
  await saveScreenshot(page, 'network-tab-1280-de')
  await page.close()
})

test('the export button downloads the current network as JSON: ties with kind and evidence, towns with strength', async () => {
  const { page } = await open('?lang=en&country=HU')
  await page.click('#tab-network')
  const network = JSON.parse(await download(page, 'json'))
  assert.ok(network.nodes.length > 0)
  assert.ok(network.nodes.every((node) => typeof node.strength === 'number' && typeof node.directPartners === 'number'))
  assert.ok(network.edges.every((edge) => TIES.includes(edge.tie) && edge.weight > 0))
  assert.ok(network.edges.every((edge) => edge.evidence.every((id) => ids.has(id))))
  assert.ok(network.edges.every((edge) => [edge.source, edge.target].some((town) => network.nodes.find((node) => node.id === town)?.country === 'HU')))
  const csv = await download(page, 'csv')
  assert.equal(csv.split('\r\n')[0], 'source,target,tie,weight,first,last,open,kinds,evidence')
  await page.close()
})

test('hovering a direct tie shows its evidence: the records with dates and source links', async () => {
  const { page } = await open('?lang=en')
  const towns = JSON.parse(readFileSync(new URL('../../data/cities.geojson', import.meta.url), 'utf8')).features
  const at = (id) => towns.find((feature) => feature.properties.id === id).geometry.coordinates
  const { pixelOf } = await import('./page-checks.mjs')
  const [lon, lat] = curveMiddle(at('friedberg'), at('ljutomer'))
  const point = await pixelOf(page, lon, lat)
  await page.mouse.move(point.x, point.y)
  const popup = page.locator('.link-popup')
  await popup.waitFor()
  assert.match(await popup.textContent(), /Friedberg – Ljutomer/)
  assert.match(await popup.textContent(), /Partner municipalities/)
  await page.mouse.click(point.x, point.y)
  const source = popup.locator('a').first()
  assert.match(await source.getAttribute('href'), /^https?:\/\//)
  assert.equal(await source.getAttribute('target'), '_blank')
  await saveScreenshot(page, 'link-popup-1280')
  await page.close()
})
