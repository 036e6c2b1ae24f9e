import { useId } from 'react';
import type { TrackView } from '../../api/contract/tracks';
import { useI18n } from '../../i18n/I18nProvider';
import { useAnnounce } from '../../ui/Announcer';
import { ProgressBar } from '../../ui/ProgressBar';
import { ActionError } from '../../ui/States';
import { NextActionBox } from './NextActionBox';
import { type TrackLabel, useSetFocus } from './queries';

/** One track: phase, bar, milestones, its next action, and making it the focus. */
export function TrackCard(props: {
  view: TrackView;
  label: TrackLabel;
  focus: boolean;
  onStartExercise: (exercise: string) => void;
}) {
  const { t, date } = useI18n();
  const heading = useId();
  const setFocus = useSetFocus();
  const announce = useAnnounce();
  const { view, label } = props;
  const name = `${label.emoji} ${label.name}`.trim();
  const percent = Math.round(view.completion_percentage);
  return (
    <article className={`card track${props.focus ? ' track--focus' : ''}`} aria-labelledby={heading}>
      <header className="track__header">
        <h2 id={heading}>{name}</h2>
        {props.focus && <span className="badge">{t.program.focus}</span>}
      </header>
      <p className="track__phase">
        {t.program.phase(t.program.phaseNames[view.phase])} · <strong>{percent}%</strong>
      </p>
      <ProgressBar label={t.program.progressLabel(label.name)} value={percent} />
      {view.milestones.length > 0 && (
        <details className="milestones">
          <summary>
            {t.program.milestones} ({view.milestones.length})
          </summary>
          <ul>
            {view.milestones.map((milestone) => (
              <li key={milestone.type}>
                🏆 <strong>{milestone.name}</strong> — {milestone.description}{' '}
                <span className="muted">{date(milestone.achieved_at)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      <NextActionBox next={view.next_action} trackName={label.name} onStartExercise={props.onStartExercise} />
      {!props.focus && (
        <button
          type="button"
          className="button button--quiet"
          disabled={setFocus.isPending}
          onClick={() => setFocus.mutate(view.track, { onSuccess: () => announce(t.program.focusSet(name)) })}
        >
          {t.program.makeFocus}
          <span className="visually-hidden">: {label.name}</span>
        </button>
      )}
      <ActionError error={setFocus.error} />
    </article>
  );
}
