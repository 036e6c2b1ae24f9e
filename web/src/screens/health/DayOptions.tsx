import { useId } from 'react';
import type { Today } from '../../api/contract/health';
import { useI18n } from '../../i18n/I18nProvider';
import { useAnnounce } from '../../ui/Announcer';
import { ActionError } from '../../ui/States';
import { useMark } from './queries';

/**
 * A rest day or a sick day, as `/today rest` and `/today sick` in the bot: the whole day is marked, no
 * streak or strength is lost, and tomorrow is a recovery day. The API takes it on any of today's tasks.
 */
export function DayOptions(props: { plan: Today }) {
  const { t } = useI18n();
  const id = useId();
  const announce = useAnnounce();
  const mark = useMark();
  // The day's first task is one of the stored plan's (a habit a plan change adds comes after them), so
  // the API takes the day's mark on it.
  const first = props.plan.tasks[0];
  if (!first) return null;
  // Only a rest or sick day gives these marks; a habit a plan change added later may stay unmarked.
  const declared = props.plan.tasks.find((task) => task.outcome === 'rest' || task.outcome === 'sick')?.outcome;
  const declare = (outcome: 'rest' | 'sick') =>
    mark.mutate(
      { taskId: first.task_id, outcome },
      { onSuccess: () => announce(t.health.marked(outcome, first.archetype_specific_title || first.title)) },
    );
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.health.day.title}</h2>
      <p className="muted">{t.health.day.lead}</p>
      {declared && <p>{t.health.marked(declared, '')}</p>}
      <div className="actions">
        {(['rest', 'sick'] as const).map((outcome) => (
          <button
            key={outcome}
            type="button"
            className="button button--quiet"
            aria-pressed={declared === outcome}
            disabled={mark.isPending}
            onClick={() => declare(outcome)}
          >
            {t.health.day[outcome]}
          </button>
        ))}
      </div>
      <ActionError error={mark.error} />
    </section>
  );
}
