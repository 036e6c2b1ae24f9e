import type { NextAction } from '../../api/contract/tracks';
import { Link } from '../../app/Link';
import { useI18n } from '../../i18n/I18nProvider';
import { ActionError } from '../../ui/States';
import { outcomeLines } from './action-outcome';
import { Feedback } from './Feedback';
import { useLogAction, useTracks } from './queries';

/** A track's next action and how to act on it: start its exercise, count it as done, or open the plan. */
export function NextActionBox(props: {
  next: NextAction;
  trackName: string;
  onStartExercise: (exercise: string) => void;
}) {
  const { t } = useI18n();
  const { label } = useTracks();
  const log = useLogAction();
  const { next } = props;
  const how = next.how;
  return (
    <div className="next" role="group" aria-label={`${t.program.next}: ${props.trackName}`}>
      <p className="next__label">{t.program.next}</p>
      <p className="next__text">{next.suggestion}</p>
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
      {log.data && (
        <div role="status" className="outcome">
          <p>{t.program.logged}</p>
          {outcomeLines(t, log.data, label).map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      <ActionError error={log.error} />
      <Feedback next={next} key={next.id} />
    </div>
  );
}
