import { useId } from 'react';
import type { Today } from '../../api/contract/health';
import { useI18n } from '../../i18n/I18nProvider';
import { EmptyState } from '../../ui/States';
import { TaskItem } from './TaskItem';

/** Today's time blocks in order, each with its tasks (or why it is empty), then what did not fit. */
export function PlanTimeline(props: { plan: Today }) {
  const { t } = useI18n();
  const heading = useId();
  const { plan } = props;
  const task = (id: string) => plan.tasks.find((item) => item.task_id === id);
  return (
    <section className="card" aria-labelledby={heading}>
      <h2 id={heading}>{t.health.timeline}</h2>
      {plan.tasks.length === 0 && <EmptyState>{t.health.noTasks}</EmptyState>}
      <ol className="timeline">
        {plan.blocks.map((block) => (
          <li key={block.block_id} className="timeline__block">
            <h3 className="timeline__time">
              <span className="timeline__range">{block.time_range}</span> {block.title}
            </h3>
            {block.empty && <p className="muted">{t.health.blockEmpty(block.empty.explanation)}</p>}
            <ul className="tasks">
              {block.task_ids.map((id) => {
                const found = task(id);
                return found && <TaskItem key={id} task={found} />;
              })}
            </ul>
          </li>
        ))}
      </ol>
      {plan.unfit.length > 0 && (
        <>
          <h3>{t.health.unfit}</h3>
          <ul>
            {plan.unfit.map((item) => (
              <li key={item.block_id}>
                {item.title}: <span className="muted">{item.explanation}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
