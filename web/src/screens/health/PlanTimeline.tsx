import { useId } from 'react';
import type { PlanBlock, Today } from '../../api/contract/health';
import { useI18n } from '../../i18n/I18nProvider';
import { EmptyState } from '../../ui/States';
import { useNow } from '../../ui/useNow';
import { TaskItem } from './TaskItem';
import { nowAt } from './timeline-now';

/**
 * Today's time blocks in order, each with its tasks (or why it is empty), then what did not fit. A "now" marker sits
 * on the block under way or in the gap before the next; a block whose tasks are all marked folds away (still one
 * tap to open), so what is left to do stands out.
 */
export function PlanTimeline(props: { plan: Today }) {
  const { t } = useI18n();
  const heading = useId();
  const { plan } = props;
  const now = nowAt(plan.blocks, useNow());
  const task = (id: string) => plan.tasks.find((item) => item.task_id === id);
  const settled = (block: PlanBlock) =>
    block.task_ids.length > 0 && block.task_ids.every((id) => (task(id)?.outcome ?? null) !== null);
  const tasks = (block: PlanBlock) => (
    <ul className="tasks">
      {block.task_ids.map((id) => {
        const found = task(id);
        return found && <TaskItem key={id} task={found} />;
      })}
    </ul>
  );
  return (
    <section className="card" aria-labelledby={heading}>
      <h2 id={heading}>{t.health.timeline}</h2>
      {plan.tasks.length === 0 && <EmptyState>{t.health.noTasks}</EmptyState>}
      <ol className="timeline">
        {plan.blocks.flatMap((block) => {
          const inside = 'inside' in now && now.inside === block.block_id;
          const item = (
            <li
              key={block.block_id}
              className={`timeline__block${inside ? ' timeline__block--now' : ''}`}
              aria-current={inside ? 'time' : undefined}
            >
              {settled(block) ? (
                <details className="timeline__settled">
                  <summary className="timeline__time">
                    <span className="timeline__range">{block.time_range}</span> {block.title}{' '}
                    <span className="badge badge--quiet">{t.health.blockSettled}</span>
                  </summary>
                  {tasks(block)}
                </details>
              ) : (
                <>
                  <h3 className="timeline__time">
                    <span className="timeline__range">{block.time_range}</span> {block.title}
                    {inside && <span className="badge timeline__now-badge">{t.health.now}</span>}
                  </h3>
                  {block.empty && <p className="muted">{t.health.blockEmpty(block.empty.explanation)}</p>}
                  {tasks(block)}
                </>
              )}
            </li>
          );
          if (!('before' in now) || now.before !== block.block_id) return [item];
          return [
            <li key="now" className="timeline__now" aria-current="time">
              <span className="badge timeline__now-badge">{t.health.now}</span>
            </li>,
            item,
          ];
        })}
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
