import { useI18n } from '../../i18n/I18nProvider';
import { Screen } from '../../ui/Screen';
import { EmptyState, ErrorState, Loading } from '../../ui/States';
import { CurrentGoal } from './CurrentGoal';
import { GoalList } from './GoalList';
import { NewGoalForm } from './NewGoalForm';
import { useGoals } from './queries';

/**
 * The goals coach: the active goal's one current step (or question), its finished steps, every
 * goal with switch / achieved / archive / reopen, and a new goal. The plan ahead stays hidden.
 */
export default function GoalsScreen() {
  const { t } = useI18n();
  const goals = useGoals();
  const active = goals.data?.goals.find((goal) => goal.status === 'active');
  return (
    <Screen title={t.goals.title}>
      {goals.isPending && <Loading />}
      {goals.isError && (
        <ErrorState what={t.goals.loadingWhat} error={goals.error} onRetry={() => void goals.refetch()} />
      )}
      {goals.data &&
        (active ? <CurrentGoal key={active.id} goal={active} /> : <EmptyState>{t.goals.noActive}</EmptyState>)}
      {goals.data && <GoalList goals={goals.data.goals} />}
      <NewGoalForm />
    </Screen>
  );
}
