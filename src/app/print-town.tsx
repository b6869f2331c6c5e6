import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import type { Dataset } from '../domain/dataset'
import { usePrinting } from '../features/export/use-printing'
import { basemapQuery } from '../features/map/basemap-query'
import type { View } from '../url-state/view-url'

export interface PrintTownProps {
  dataset: Dataset
  view: View
  /** The address of the view, written at the foot of the page. */
  address: string
}

/**
 * The open town's one-page profile, made when the page is printed (nothing of it is on screen). Its code
 * (the SVG map, the profile) and the basemap of its map are loaded beforehand, while the town is open, so
 * that the page is complete when the browser lays it out; the first view loads none of it.
 */
export function PrintTown(props: PrintTownProps) {
  const printing = usePrinting()
  useQuery(basemapQuery)
  const [printed, setPrinted] = useState<typeof import('./printed-town') | null>(null)
  useEffect(() => {
    let current = true
    void import('./printed-town').then((module) => current && setPrinted(module))
    return () => {
      current = false
    }
  }, [])
  return printing && printed ? <printed.PrintedTown {...props} /> : null
}
