import type { PlanTask, TaskOutcome } from '../../api/contract/health';
import { useI18n } from '../../i18n/I18nProvider';
import { ActionError } from '../../ui/States';
import { useMark } from './queries';
import { TaskGuide } from './TaskGuide';

const MARKS: TaskOutcome[] = ['done', 'partial', 'skipped'];

/**
 * One task: what and how long, and Done / Partly / Skip (the current mark pressed). A marked task says so in its
 * title, drops its description and keeps its marks small: the tasks still to do stand out. "How and why" opens its guide.
 * The load is one word: the archetype's sentence for it is the same on most tasks of a day, and read once per task
 * it was noise.
 */
export function TaskItem(props: { task: PlanTask }) {
  const { t } = useI18n();
  const mark = useMark();
  const { task } = props;
  const title = task.archetype_specific_title || task.title;
  const result = mark.data;
  const status = task.real_time_adaptations.current_status;
  const streak =
    result && result.outcome !== 'skipped'
      ? t.health.streak(result.standing.streak, Math.round(result.standing.strength * 100))
      : undefined;
  return (
    <li className={`task${task.outcome ? ` task--${task.outcome}` : ''}`}>
      <p className="task__title">
        <strong>{title}</strong>{' '}
        <span className="muted">
          · {t.health.minutes(task.duration_minutes)} · {t.health.intensity[task.intensity_hint]}
        </span>
        {task.outcome && <span className="badge task__state">{t.health.markedState[task.outcome]}</span>}
        {/* The streak rides on the title's line: a marked task gets smaller, never taller. */}
        {streak && <span className="muted task__streak"> {streak}</span>}
        {status === 'adapted' && <span className="badge badge--quiet">{t.health.adapted}</span>}
        {status === 'pending' && <span className="badge badge--quiet">{t.health.changeWaiting}</span>}
      </p>
      {!task.outcome && <p className="task__description">{task.description}</p>}
      <TaskGuide task={task} />
      <div className="actions" role="group" aria-label={t.health.markLabel(title)}>
        {MARKS.map((outcome) => (
          <button
            key={outcome}
            type="button"
            className={task.outcome ? 'chip chip--small' : 'chip'}
            aria-pressed={task.outcome === outcome}
            disabled={mark.isPending}
            onClick={() => mark.mutate({ taskId: task.task_id, outcome })}
          >
            {t.health.outcomes[outcome]}
          </button>
        ))}
      </div>
      <div role="status" className="outcome">
        {/* Read out, not shown: the badge in the title already says it. */}
        {result && <p className="visually-hidden">{t.health.marked(result.outcome, title)}</p>}
        {streak && <p className="visually-hidden">{streak}</p>}
        {result?.bonus && <p>{t.health.bonus(result.bonus.days, result.bonus.text)}</p>}
      </div>
      <ActionError error={mark.error} />
    </li>
  );
}
