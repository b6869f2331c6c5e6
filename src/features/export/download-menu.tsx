import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Dataset } from '../../domain/dataset'
import { CSV_TABLES, type CsvTable } from '../../domain/export/csv-tables'
import type { NetworkFilter } from '../../domain/network/network-filter'
import type { Language } from '../../domain/town-schema'
import { useMapSnapshotSlot } from '../../shared/map-snapshot'
import { saveFile } from '../../shared/save-file'
import { usePictureTexts } from './use-picture-texts'

export interface DownloadMenuProps {
  /** The records; null while they load (only the picture can be made then). */
  dataset: Dataset | null
  filter: NetworkFilter
  /** The view's title, at the top of the picture. */
  title: string
  groupLines: boolean
  /** The files' names begin with it: "24-cities-ptuj". */
  baseName: string
}

type Item = { id: string; label: string; disabled: boolean; run: () => Promise<string> }

function DownloadIcon() {
  return (
    <svg className="header-button-icon" width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M12 3.5v11M7 10l5 5 5-5M4.5 19.5h15" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  )
}

/**
 * "Download" in the header: a menu of the current view as a picture (PNG at 1x for screens, 2x for print)
 * and of what the filter shows as tables (CSV: towns, ties, activities) and for a GIS (GeoJSON). Arrow
 * keys move in it, Escape closes it and the focus comes back to the button; what was saved is announced.
 */
export function DownloadMenu({ dataset, filter, title, groupLines, baseName }: DownloadMenuProps) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as Language
  const id = useId()
  const [open, setOpen] = useState(false)
  const [status, setStatus] = useState('')
  const buttonRef = useRef<HTMLButtonElement>(null)
  const menuRef = useRef<HTMLDivElement>(null)
  const rootRef = useRef<HTMLDivElement>(null)
  const slot = useMapSnapshotSlot()
  const pictureTexts = usePictureTexts({ title, filter, groupLines, projects: dataset?.projects ?? [] })

  const picture = async (ratio: number) => {
    const snapshot = slot?.current()
    if (!snapshot) throw new Error('no map to take a picture of')
    setStatus(t('download.working'))
    // The code that makes the files loads when one is asked for: the first view does not need it.
    const { canvasToPng, composePicture } = await import('./compose-picture')
    const composed = composePicture(await snapshot(ratio), ratio, pictureTexts())
    const name = ratio === 1 ? `${baseName}.png` : `${baseName}-${ratio}x.png`
    saveFile(await canvasToPng(composed), name)
    return name
  }
  const table = async (which: CsvTable) => {
    if (!dataset) throw new Error('the data is not loaded')
    const name = `${baseName}-${which}.csv`
    const [{ viewCsv }, { recordsOfView }] = await Promise.all([import('../../domain/export/view-csv'), import('../../domain/export/view-records')])
    saveFile(new Blob([viewCsv(recordsOfView(dataset, filter, language), which)], { type: 'text/csv;charset=utf-8' }), name)
    return name
  }
  const geoJson = async () => {
    if (!dataset) throw new Error('the data is not loaded')
    const positions = new Map(dataset.towns.map((town) => [town.id, [town.lon, town.lat] as [number, number]]))
    const name = `${baseName}.geojson`
    const [{ viewGeoJson }, { recordsOfView }] = await Promise.all([import('../../domain/export/view-geojson'), import('../../domain/export/view-records')])
    saveFile(new Blob([`${JSON.stringify(viewGeoJson(recordsOfView(dataset, filter, language), positions), null, 1)}\n`], { type: 'application/geo+json' }), name)
    return name
  }
  // Read when the menu renders (it renders when it opens): the simpler SVG map offers no picture.
  const canPicture = open && (slot?.current() ?? null) !== null
  const items: Item[] = [
    { id: 'png-1x', label: t('download.png1x'), disabled: !canPicture, run: () => picture(1) },
    { id: 'png-2x', label: t('download.png2x'), disabled: !canPicture, run: () => picture(2) },
    ...CSV_TABLES.map((which): Item => ({ id: `csv-${which}`, label: t(`download.csv.${which}`), disabled: dataset === null, run: () => table(which) })),
    { id: 'geojson', label: t('download.geojson'), disabled: dataset === null, run: geoJson },
  ]

  // "Saved" stays a few seconds, as the Share button's "Link copied" does; "Preparing…" stays until it is done.
  useEffect(() => {
    if (status === '' || status === t('download.working')) return
    const timer = setTimeout(() => setStatus(''), 5000)
    return () => clearTimeout(timer)
  }, [status, t])

  const menuItems = () => [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])]
  useEffect(() => {
    if (!open) return
    menuItems()[0]?.focus()
    // A press anywhere else closes the menu, as a menu does.
    const onPointerDown = (event: PointerEvent) => {
      if (!(event.target instanceof Node && rootRef.current?.contains(event.target))) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  }, [open])

  const close = () => {
    setOpen(false)
    buttonRef.current?.focus()
  }
  const choose = async (item: Item) => {
    if (item.disabled) return
    close()
    try {
      setStatus(t('download.done', { file: await item.run() }))
    } catch {
      setStatus(t('download.failed'))
    }
  }
  const onMenuKey = (event: KeyboardEvent) => {
    const list = menuItems()
    const at = list.indexOf(document.activeElement as HTMLButtonElement)
    const move = (to: number) => list[(to + list.length) % list.length]?.focus()
    if (event.key === 'ArrowDown') move(at + 1)
    else if (event.key === 'ArrowUp') move(at - 1)
    else if (event.key === 'Home') move(0)
    else if (event.key === 'End') move(list.length - 1)
    else if (event.key === 'Escape') close()
    else if (event.key === 'Tab') setOpen(false)
    else return
    // Handled here: Escape does not also close a panel of the page.
    if (event.key !== 'Tab') {
      event.preventDefault()
      event.stopPropagation()
    }
  }

  return (
    <div className="download" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="header-button download-button"
        title={t('download.hint')}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown' || open) return
          event.preventDefault()
          setOpen(true)
        }}
      >
        <DownloadIcon />
        <span className="header-button-text">{t('download.button')}</span>
      </button>
      <span className="share-status download-status" aria-live="polite" aria-atomic="true">{status}</span>
      {open && (
        <div className="download-popover">
          <div className="download-menu" id={`${id}-menu`} role="menu" aria-label={t('download.menu')} ref={menuRef} onKeyDown={onMenuKey}>
            {items.map((item, index) => (
              <button
                key={item.id}
                type="button"
                role="menuitem"
                tabIndex={-1}
                data-download={item.id}
                className={index === 2 || index === CSV_TABLES.length + 2 ? 'download-item download-group-start' : 'download-item'}
                aria-disabled={item.disabled || undefined}
                aria-describedby={item.disabled && item.id.startsWith('png') ? `${id}-note` : undefined}
                onClick={() => void choose(item)}
              >
                {item.label}
              </button>
            ))}
          </div>
          {!canPicture && <p className="download-note" id={`${id}-note`}>{t('download.noPicture')}</p>}
        </div>
      )}
    </div>
  )
}
