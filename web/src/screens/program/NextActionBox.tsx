import { useState } from 'react';
import type { NextAction } from '../../api/contract/tracks';
import { Link } from '../../app/Link';
import { useI18n } from '../../i18n/I18nProvider';
import { ActionError } from '../../ui/States';
import { outcomeLines } from './action-outcome';
import { showExercises } from './exercises/ExerciseSection';
import { Feedback } from './Feedback';
import { type TrackLabel, useLogAction, useTracks } from './queries';

/** A track's next action and how to act on it: start its exercise, count it as done, or open the plan. */
export function NextActionBox(props: {
  next: NextAction;
  trackName: string;
  onStartExercise: (exercise: string) => void;
}) {
  const { t } = useI18n();
  const { label } = useTracks();
  const log = useLogAction();
  /** What "not for me" brought instead, for the action it answered; `last`: nothing else was left. */
  const [instead, setInstead] = useState<{ for: string; next?: NextAction; last?: boolean } | undefined>();
  const current = instead?.for === props.next.id ? instead : undefined;
  const next = current?.next ?? props.next;
  const declined = (others: NextAction[]) =>
    setInstead({ for: props.next.id, next: others[0] ?? next, last: others.length === 0 });
  const from = next.track !== props.next.track ? label(next.track) : undefined;
  return (
    <div className="next" role="group" aria-label={`${t.program.next}: ${props.trackName}`}>
      <p className="next__label">{current?.next && !current.last ? t.program.instead : t.program.next}</p>
      {current && (
        <p role="status" className="notice">
          {current.last ? t.program.noneLeft : t.program.anotherIdea}
        </p>
      )}
      {current?.last ? (
        // Nothing else today: not the idea just declined again, but the way to everything there is.
        <div className="actions">
          <button type="button" className="button" onClick={showExercises}>
            {t.program.allExercises}
          </button>
        </div>
      ) : (
        <NextActionBody next={next} from={from} log={log} onStartExercise={props.onStartExercise} />
      )}
      {log.data && (
        <div role="status" className="outcome">
          <p>{t.program.logged}</p>
          {outcomeLines(t, log.data, label).map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      <ActionError error={log.error} />
      {!current?.last && <Feedback next={next} key={next.id} onDeclined={declined} />}
    </div>
  );
}

/** The action itself: what to do, how long it takes, and its one button. */
function NextActionBody(props: {
  next: NextAction;
  from?: TrackLabel;
  log: ReturnType<typeof useLogAction>;
  onStartExercise: (exercise: string) => void;
}) {
  const { t } = useI18n();
  const { next, from, log } = props;
  const how = next.how;
  return (
    <>
      <p className="next__text">
        {next.suggestion}
        {from && (
          <span className="muted">
            {' '}
            · {from.emoji} {from.name}
          </span>
        )}
      </p>
      <p className="muted">
        ⏱ {next.estimated_time}
        {next.note && <> · {next.note}</>}
      </p>
      <div className="actions">
        {how.kind === 'exercise' && (
          <button type="button" className="button" onClick={() => props.onStartExercise(how.exercise)}>
            {t.program.startExercise}
            <span className="visually-hidden">: {next.suggestion}</span>
          </button>
        )}
        {how.kind === 'log' && (
          <button type="button" className="button" disabled={log.isPending} onClick={() => log.mutate(how.action_type)}>
            {t.program.didIt}
            <span className="visually-hidden">: {next.suggestion}</span>
          </button>
        )}
        {how.kind === 'plan' && (
          <Link to="/health" className="button">
            {t.program.openPlan}
          </Link>
        )}
      </div>
    </>
  );
}
