/**
 * npm run bench, part 2: the domain at scale. Builds the network and its figures from seeded synthetic
 * datasets of growing size (the real one has 24 towns) and prints the median time of several runs.
 */
import { filterActivities } from '../src/domain/activities/activity-filter'
import { activityHistogram } from '../src/domain/activities/activity-histogram'
import { buildNetwork } from '../src/domain/network/build-network'
import { NO_FILTER } from '../src/domain/network/network-filter'
import { networkFigures } from '../src/domain/network/network-metrics'
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
  const timeline = median(() => activityHistogram(filterActivities(dataset.activities, NO_FILTER, dataset.towns), 'quarter', [2002, 2024]))
  console.log(
    `  ${String(towns).padStart(5)} towns, ${String(network.graph.size).padStart(6)} links, ${String(dataset.activities.length).padStart(5)} activities:` +
      ` build ${build.toFixed(1)} ms, figures ${figures.toFixed(1)} ms, timeline ${timeline.toFixed(1)} ms`,
  )
}
