import { z } from './zod'
import { idSchema, keptSourcesSchema, sourcesSchema, webUrlSchema } from './common-schemas'
import { keptOptionalTextSchema, LANGUAGES, optionalLocalizedTextSchema } from './localized-text'

export { LANGUAGES, type Language } from './localized-text'

export const COUNTRIES = ['AT', 'SI', 'HU'] as const
export type Country = (typeof COUNTRIES)[number]

const nameSchema = z.string().min(1)

export const townNamesSchema = z.strictObject({
  official: nameSchema,
  sl: nameSchema,
  de: nameSchema,
  hu: nameSchema,
  en: nameSchema,
})

export const townPropertiesSchema = z.strictObject({
  id: idSchema,
  country: z.enum(COUNTRIES),
  region: z.string().min(1),
  names: townNamesSchema,
  /** The languages whose name in `names` is historical, no longer in use (e.g. Hungarian "Regede" for Bad Radkersburg). */
  historicalNames: z.array(z.enum(LANGUAGES)).optional(),
  population: z.strictObject({
    value: z.number().int().positive(),
    year: z.number().int().min(1800).max(2100),
    unit: z.enum(['municipality', 'settlement']),
    source: webUrlSchema,
  }),
  areaKm2: z.number().positive().nullable(),
  website: webUrlSchema.nullable(),
  geonamesId: z.number().int().positive().nullable(),
  sources: sourcesSchema,
  notes: optionalLocalizedTextSchema,
})

const longitude = z.number().min(-180).max(180)
const latitude = z.number().min(-90).max(90)

export const townFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.string().optional(),
  geometry: z.object({
    type: z.literal('Point'),
    coordinates: z.tuple([longitude, latitude]),
  }),
  properties: townPropertiesSchema,
})

/**
 * A town as the map can still show it: its id, country, names, population and point must be valid;
 * a bad website, area, GeoNames id, historical-name list or note is dropped, bad sources are left out
 * and unknown fields ignored (data/README.md, "One bad field").
 */
export const lenientTownFeatureSchema = townFeatureSchema.extend({
  properties: z.object({
    ...townPropertiesSchema.shape,
    historicalNames: townPropertiesSchema.shape.historicalNames.catch(undefined),
    areaKm2: townPropertiesSchema.shape.areaKm2.catch(null),
    website: townPropertiesSchema.shape.website.catch(null),
    geonamesId: townPropertiesSchema.shape.geonamesId.catch(null),
    sources: keptSourcesSchema,
    notes: keptOptionalTextSchema,
  }),
})

export const townCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()),
})

export type TownNames = z.infer<typeof townNamesSchema>
export type TownProperties = z.infer<typeof townPropertiesSchema>
export type TownFeature = z.infer<typeof townFeatureSchema>

/** A town as the app uses it: the feature's properties with its point. */
export interface Town extends TownProperties {
  lon: number
  lat: number
}

export function townFromFeature(feature: TownFeature): Town {
  const [lon, lat] = feature.geometry.coordinates
  return { ...feature.properties, lon, lat }
}
