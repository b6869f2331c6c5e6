import type { Activity } from '../../../src/domain/activity-schema'
import { sameInEveryLanguage } from '../../../src/domain/localized-text'
import type { Town } from '../../../src/domain/town-schema'
import { activity as sampleActivity } from '../sample-dataset'

/** A valid activity record with only the fields a test cares about given (the sample builder, titled). */
export function activity(id: string, fields: Partial<Omit<Activity, 'id'>> = {}): Activity {
  return sampleActivity(id, { title: sameInEveryLanguage(`Title of ${id}`), notes: null, ...fields })
}

/** Three towns, one per country, enough for the country filter. */
export function miniTowns(): Town[] {
  const town = (id: string, country: Town['country']) =>
    ({ id, country, names: { official: id, sl: id, de: id, hu: id, en: id } }) as unknown as Town
  return [town('at-town', 'AT'), town('si-town', 'SI'), town('hu-town', 'HU')]
}

export { loadFixtureDataset } from '../../real-data'
