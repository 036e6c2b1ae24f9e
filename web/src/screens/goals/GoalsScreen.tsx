import { useEffect, useState } from 'react';
import type { Goal } from '../../api/contract/goals';
import { useI18n } from '../../i18n/I18nProvider';
import { Screen } from '../../ui/Screen';
import { EmptyState, ErrorState, Loading } from '../../ui/States';
import { CurrentGoal } from './CurrentGoal';
import { GoalList } from './GoalList';
import { NewGoalForm } from './NewGoalForm';
import { useGoals } from './queries';

/** A goal just created: where the screen takes the person, and the goal it paused (named once, on its card). */
interface Created {
  id: string;
  paused?: string;
  /** Once it was shown as the active goal: switching away afterwards ends the arrival. */
  shown?: boolean;
}

/**
 * The goals coach: the active goal's one current step (or question), its finished steps, every
 * goal with switch / achieved / archive / reopen, and a new goal. The plan ahead stays hidden.
 * The new-goal form is open while no goal is active; beside a step in progress it waits behind a button.
 */
export default function GoalsScreen() {
  const { t } = useI18n();
  const goals = useGoals();
  const active = goals.data?.goals.find((goal) => goal.status === 'active');
  const [formOpen, setFormOpen] = useState(false);
  const [created, setCreated] = useState<Created | undefined>();
  const onCreated = (goal: Pick<Goal, 'id'>) => {
    setFormOpen(false);
    setCreated({ id: goal.id, paused: active && active.id !== goal.id ? active.title : undefined });
  };
  const arrived = created && created.id === active?.id ? created : undefined;
  useEffect(() => {
    // The list is read again after Create, so the new goal becomes the active one a moment later; the notice and
    // the scroll belong to that arrival only, not to a later switch back to this goal.
    if (created && active?.id === created.id && !created.shown) setCreated({ ...created, shown: true });
    if (created?.shown && active?.id !== created.id) setCreated(undefined);
  }, [active?.id, created]);
  return (
    <Screen title={t.goals.title}>
      {goals.isPending && <Loading />}
      {goals.isError && (
        <ErrorState what={t.goals.loadingWhat} error={goals.error} onRetry={() => void goals.refetch()} />
      )}
      {goals.data &&
        (active ? (
          <CurrentGoal key={active.id} goal={active} arrived={arrived !== undefined} paused={arrived?.paused} />
        ) : (
          <EmptyState>{t.goals.noActive}</EmptyState>
        ))}
      {goals.data && <GoalList goals={goals.data.goals} />}
      {goals.data && (
        <NewGoalForm
          open={formOpen || !active}
          closable={active !== undefined}
          onOpen={setFormOpen}
          onCreated={onCreated}
        />
      )}
    </Screen>
  );
}
