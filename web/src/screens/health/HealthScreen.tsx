import { isApiError } from '../../api/client';
import { useJoined } from '../../app/useJoined';
import { useI18n } from '../../i18n/I18nProvider';
import { Screen } from '../../ui/Screen';
import { EmptyState, ErrorState, Loading } from '../../ui/States';
import { Adaptations } from './Adaptations';
import { HabitStrength } from './HabitStrength';
import { PlanTimeline } from './PlanTimeline';
import { useToday } from './queries';
import { ReadinessCard } from './ReadinessCard';

/** Not set up (or not in the program): a refusal with one of these codes is a calm empty state. */
const NOT_SET_UP = ['no_health_profile', 'not_enrolled', 'feature_disabled', 'unknown_program'];

/** The health program: today's plan as a timeline, marks, plan changes, readiness, habit strength. */
export default function HealthScreen() {
  const { t, date } = useI18n();
  const joined = useJoined();
  // Not asked before the plan is set up: the refusal would show as a failed request.
  const today = useToday(joined.data?.health === true);
  const notSetUp = joined.data?.health === false || (isApiError(today.error) && NOT_SET_UP.includes(today.error.code));
  const plan = today.data;
  return (
    <Screen
      title={t.health.title}
      lead={plan && <p className="muted">{t.health.today(date(plan.date), plan.archetype_name, plan.level.name)}</p>}
    >
      {(joined.isPending || (joined.data?.health && today.isPending)) && <Loading />}
      {joined.isError && (
        <ErrorState what={t.health.loadingWhat} error={joined.error} onRetry={() => void joined.refetch()} />
      )}
      {notSetUp && (
        <EmptyState>
          <p>
            <strong>{t.health.noProfile}</strong>
          </p>
          <p>{t.health.noProfileHow}</p>
        </EmptyState>
      )}
      {today.isError && !notSetUp && (
        <ErrorState what={t.health.loadingWhat} error={today.error} onRetry={() => void today.refetch()} />
      )}
      {plan && (
        <>
          <Adaptations />
          <PlanTimeline plan={plan} />
          <ReadinessCard />
          <HabitStrength />
        </>
      )}
    </Screen>
  );
}
