import { useId } from 'react';
import type { Goal } from '../../api/contract/goals';
import { useI18n } from '../../i18n/I18nProvider';
import { EmptyState } from '../../ui/States';
import { GoalItem } from './GoalItem';

/** Every goal in creation order (their numbers, as /goals shows them), with what can be done to each. */
export function GoalList(props: { goals: Goal[] }) {
  const { t } = useI18n();
  const heading = useId();
  return (
    <section className="card" aria-labelledby={heading}>
      <h2 id={heading}>{t.goals.list}</h2>
      {props.goals.length === 0 ? (
        <EmptyState>{t.goals.none}</EmptyState>
      ) : (
        <ol className="goal-list">
          {props.goals.map((goal) => (
            <GoalItem key={goal.id} goal={goal} />
          ))}
        </ol>
      )}
    </section>
  );
}
