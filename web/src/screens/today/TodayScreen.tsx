import { useI18n } from '../../i18n/I18nProvider';
import { Screen } from '../../ui/Screen';
import { ErrorState, Loading } from '../../ui/States';
import { DaySummary } from './DaySummary';
import { GoalCard } from './GoalCard';
import { HealthCard } from './HealthCard';
import { useJoined } from '../../app/useJoined';
import { RecoveryCard } from './RecoveryCard';
import { StartLinks } from './StartLinks';
import { Welcome } from './Welcome';

/**
 * Home. Someone who has joined nothing sees the welcome; everyone else sees Today: one card per
 * thing joined, each with what to do now and one action, and quiet links to start the rest.
 */
export function TodayScreen() {
  const { t } = useI18n();
  const joined = useJoined();
  const data = joined.data;
  const nothing = data && data.goals === 0 && !data.recovery && !data.health;
  // A cached "nothing joined" may be out of date (a goal was just set): wait for the fresh answer
  // rather than flash the welcome.
  if (joined.isPending || (nothing && joined.isFetching)) return <Loading />;
  if (nothing) return <Welcome />;
  return (
    <Screen title={t.today.title}>
      {joined.isError && (
        <ErrorState what={t.today.loadingWhat} error={joined.error} onRetry={() => void joined.refetch()} />
      )}
      {data && (
        <div className="today">
          {data.active_goal && <GoalCard key={data.active_goal} goalId={data.active_goal} />}
          {data.health && <HealthCard />}
          {data.recovery && <RecoveryCard />}
          <DaySummary joined={data} />
          <StartLinks joined={data} />
        </div>
      )}
    </Screen>
  );
}
