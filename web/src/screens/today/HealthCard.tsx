import { useId } from 'react';
import { Link } from '../../app/Link';
import { useI18n } from '../../i18n/I18nProvider';
import { Celebration } from '../../ui/Celebration';
import { ProgressBar } from '../../ui/ProgressBar';
import { ActionError, ErrorState, Loading } from '../../ui/States';
import { useMark, useToday } from '../health/queries';
import { dayAtAGlance } from './next-task';
import { useNow } from '../../ui/useNow';

/** Today's health tasks still open, the next one marked (now, or when), and Done for it. */
export function HealthCard() {
  const { t } = useI18n();
  const heading = useId();
  const today = useToday();
  const mark = useMark();
  const now = useNow();
  const day = today.data && dayAtAGlance(today.data, now);
  const next = day?.next;
  return (
    <section className="card today-card" aria-labelledby={heading}>
      <h2 id={heading}>🌿 {t.today.healthHeading}</h2>
      {today.isPending && <Loading />}
      {today.isError && (
        <ErrorState what={t.today.healthHeading} error={today.error} onRetry={() => void today.refetch()} />
      )}
      {day && day.total > 0 && (
        <>
          <ProgressBar label={t.today.healthProgress} value={(100 * day.done) / day.total} tone="habit" />
          <p className="muted small">{t.today.healthDone(day.done, day.total)}</p>
        </>
      )}
      {day?.total === 0 && <p className="muted">{t.today.healthNone}</p>}
      {day && day.total > 0 && !next && <Celebration emoji="🌟" title={t.today.healthAllDone} />}
      {day && next && (
        <ol className="today-tasks">
          {day.open.map((entry) => {
            const isNext = entry === next;
            const title = entry.task.archetype_specific_title || entry.task.title;
            return (
              <li key={entry.task.task_id} className={`today-task${isNext ? ' today-task--next' : ''}`}>
                <span className="today-task__when">
                  {isNext && day.nextIsNow ? (
                    <span className="badge">{t.today.healthNow}</span>
                  ) : (
                    <>
                      {isNext && <span className="badge">{t.today.healthNext}</span>} {t.today.healthAt(entry.range)}
                    </>
                  )}
                </span>
                <span className="today-task__title">
                  {title} <span className="muted">· {t.health.minutes(entry.task.duration_minutes)}</span>
                </span>
                {isNext && (
                  <button
                    type="button"
                    className="button"
                    disabled={mark.isPending}
                    onClick={() => mark.mutate({ taskId: entry.task.task_id, outcome: 'done' })}
                  >
                    {t.today.healthMarkDone}
                    <span className="visually-hidden">: {title}</span>
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <ActionError error={mark.error} />
      {day && day.earlier > 0 && <p className="muted small">{t.today.healthEarlier(day.earlier)}</p>}
      <p>
        <Link to="/health">{t.today.healthOpen}</Link>
      </p>
    </section>
  );
}
