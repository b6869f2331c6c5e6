import { describe, it } from 'vitest'
import { PROPERTY_TIMEOUT, RUNS } from './arbitraries'
import { propertyTest } from './dataset-harness'

describe(`data/organisations.json: ${RUNS} generated variants`, () => {
  it('go through validateDataset and buildNetwork without a throw, with issues that name their file, keeping every valid record', propertyTest('organisations'), PROPERTY_TIMEOUT)
})
