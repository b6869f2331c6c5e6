/**
 * npm run bench, part 2: the domain at scale. Builds the network and its figures from seeded synthetic
 * datasets of growing size (the real one has 24 towns) and prints the median time of several runs; then
 * the town labels' placement for growing numbers of towns in one view.
 */
import { filterActivities } from '../src/domain/activities/activity-filter'
import { activityHistogram } from '../src/domain/activities/activity-histogram'
import { buildNetwork } from '../src/domain/network/build-network'
import { groupShapes, groupStarFeatures } from '../src/domain/network/group-shapes'
import { linkLines } from '../src/domain/network/link-geometry'
import { NO_FILTER } from '../src/domain/network/network-filter'
import { networkFigures } from '../src/domain/network/network-metrics'
import { LABEL_GAP, LABEL_HALO, labelSizeAt, placeTownLabels, PRECISE_LABEL_LIMIT } from '../src/domain/town-labels'
import { firstViewPadding, fitView, projectToView, radiusRangeFor, townBounds, townSymbols } from '../src/domain/town-symbols'
import { referencePlaceLabels } from '../tests/domain/label-placement-reference'
import { syntheticDataset } from './synthetic-dataset'

function median(run: () => void, times = 7): number {
  const samples: number[] = []
  for (let index = 0; index < times; index += 1) {
    const start = performance.now()
    run()
    samples.push(performance.now() - start)
  }
  samples.sort((a, b) => a - b)
  return samples[Math.floor(samples.length / 2)] ?? 0
}

console.log('Network build and figures on seeded synthetic data (median of 7 runs):')
for (const towns of [24, 240, 1000]) {
  const dataset = syntheticDataset(towns)
  const network = buildNetwork(dataset, { filter: NO_FILTER })
  const build = median(() => buildNetwork(dataset, { filter: NO_FILTER }))
  const figures = median(() => networkFigures(network.graph), towns > 500 ? 3 : 7)
  // What the map and the town panel compute: the figures without betweenness and communities.
  const plain = median(() => networkFigures(network.graph, { analysis: false }), towns > 500 ? 3 : 7)
  const timeline = median(() => activityHistogram(filterActivities(dataset.activities, NO_FILTER, dataset.towns), 'quarter', [2002, 2024]))
  console.log(
    `  ${String(towns).padStart(5)} towns, ${String(network.graph.size).padStart(6)} links, ${String(dataset.activities.length).padStart(5)} activities:` +
      ` build ${build.toFixed(1)} ms, figures ${figures.toFixed(1)} ms (without the Network tab's analysis ${plain.toFixed(1)} ms), timeline ${timeline.toFixed(1)} ms`,
  )
}

// The browser benchmark's largest case (bench/run.mjs): what one filter change computes on the main thread.
{
  const dataset = syntheticDataset(10_000, 24, { links: 100_000, activities: 50_000, pairedActivities: true })
  const positions = new Map(dataset.towns.map((town) => [town.id, [town.lon, town.lat] as [number, number]]))
  const filter = { ...NO_FILTER, countries: ['SI' as const] }
  let network = buildNetwork(dataset, { filter: NO_FILTER })
  const build = median(() => (network = buildNetwork(dataset, { filter: NO_FILTER })), 3)
  const filtered = median(() => buildNetwork(dataset, { filter }), 3)
  const figures = median(() => networkFigures(network.graph, { analysis: false }), 3)
  const lines = median(() => linkLines(network.graph, (id) => positions.get(id)), 3)
  const stars = median(() => groupStarFeatures(groupShapes(network.groups), (id) => positions.get(id)), 3)
  const timeline = median(() => activityHistogram(filterActivities(dataset.activities, filter, dataset.towns), 'quarter', [2002, 2024]), 3)
  console.log(
    `\n10,000 towns, ${network.graph.size} ties, 50,000 activities (median of 3 runs): build ${build.toFixed(0)} ms (one country ${filtered.toFixed(0)} ms),` +
      ` figures without the analysis ${figures.toFixed(0)} ms, tie lines ${lines.toFixed(0)} ms, group stars ${stars.toFixed(0)} ms, timeline ${timeline.toFixed(0)} ms`,
  )
}

// Label placement: the town labels of the first view of N seeded synthetic towns in a map of 1280x800 px
// (labels measured at 0.58 em a letter), placed as the map places them (placeTownLabels), median of 5 runs;
// "before" is the placement without the spatial index (tests/domain/label-placement-reference.ts), on
// every town, timed only where it takes seconds rather than minutes.
const LABEL_VIEW = { x0: 0, y0: 0, x1: 1280, y1: 800 }

function labelTowns(count: number) {
  const dataset = syntheticDataset(count)
  const view = fitView(townBounds(dataset.towns), LABEL_VIEW.x1, LABEL_VIEW.y1, firstViewPadding(1280))
  const size = labelSizeAt(view.zoom)
  const towns = townSymbols(dataset.towns, radiusRangeFor(1280)).features.map(({ geometry, properties }) => {
    const [x, y] = projectToView(view, geometry.coordinates[0] ?? 0, geometry.coordinates[1] ?? 0)
    return { id: properties.id, label: properties.label, x, y, radius: properties.radius, population: properties.population }
  })
  return { towns, size, measure: (text: string) => text.length * size * 0.58 }
}

console.log(`\nLabel placement, first view of N synthetic towns at 1280x800 px (median of 5 runs; precise up to ${PRECISE_LABEL_LIMIT} towns):`)
for (const count of [24, 240, 1000, 3000, 10000]) {
  const { towns, size, measure } = labelTowns(count)
  let placed = placeTownLabels(towns, size, measure, LABEL_VIEW)
  const after = median(() => (placed = placeTownLabels(towns, size, measure, LABEL_VIEW)), 5)
  const items = towns.map(({ id, x, y, radius, label }) => ({ id, x, y, radius, width: measure(label) + LABEL_HALO * 2, height: size * 1.2 }))
  const gaps = [0, 1, 2, 3, 4].map((lines) => LABEL_GAP + lines * size)
  const before = count <= 240 ? median(() => referencePlaceLabels(items, { gaps, viewport: LABEL_VIEW, margin: 2, leaderFrom: LABEL_GAP + size / 2 }), count <= 24 ? 5 : 1) : null
  console.log(
    `  ${String(count).padStart(5)} towns: ${String(placed.length).padStart(4)} placed, ${String(placed.filter((place) => place.clear).length).padStart(4)} clear,` +
      ` ${after.toFixed(1).padStart(6)} ms` + (before === null ? '' : ` (before: ${before.toFixed(0)} ms)`),
  )
}
