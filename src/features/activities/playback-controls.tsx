import { useTranslation } from 'react-i18next'
import { SPEEDS, type PlaybackAction, type PlaybackState } from '../../domain/activities/playback'

export interface PlaybackControlsProps {
  playback: PlaybackState
  onPlayback: (action: PlaybackAction) => void
}

/** Play, pause and speed: real buttons and a select, usable without a mouse. */
export function PlaybackControls({ playback, onPlayback }: PlaybackControlsProps) {
  const { t } = useTranslation()
  const playing = playback.status === 'playing'
  return (
    <div className="playback" role="group" aria-label={t('timeline.playback')}>
      <button type="button" className="play" aria-pressed={playing} onClick={() => onPlayback({ type: 'toggle' })}>
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {playing ? t('timeline.pause') : t('timeline.play')}
      </button>
      <label className="speed">
        <span className="visually-hidden">{t('timeline.speed')}</span>
        <select value={playback.speed} onChange={(event) => onPlayback({ type: 'speed', speed: Number(event.target.value) as PlaybackState['speed'] })}>
          {SPEEDS.map((speed) => (
            <option key={speed} value={speed}>{speed}×</option>
          ))}
        </select>
      </label>
    </div>
  )
}
