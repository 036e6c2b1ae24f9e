import { isApiError } from '../../api/client';
import { useJoined } from '../../app/useJoined';
import { useI18n } from '../../i18n/I18nProvider';
import { Screen } from '../../ui/Screen';
import { EmptyState, ErrorState, Loading } from '../../ui/States';
import { Adaptations } from './Adaptations';
import { CheckinCard } from './CheckinCard';
import { DayOptions } from './DayOptions';
import { HabitStrength } from './HabitStrength';
import { PlanTimeline } from './PlanTimeline';
import { useToday } from './queries';
import { ReadinessCard } from './ReadinessCard';
import { EditProfile } from './setup/EditProfile';
import { HealthSetup } from './setup/HealthSetup';

/** Refusals that mean "start the plan": the set-up takes the screen. */
const NOT_SET_UP = ['no_health_profile', 'not_enrolled'];
/** Refusals that mean the program is not offered here: a calm empty state. */
const NOT_OFFERED = ['feature_disabled', 'unknown_program'];

/**
 * The health program: its set-up until there is a plan; then today's plan as a timeline with its
 * marks and guides, rest and sick days, the check-in, plan changes, readiness and habit strength.
 */
export default function HealthScreen() {
  const { t, date } = useI18n();
  const joined = useJoined();
  // Not asked before the plan is set up: the refusal would show as a failed request.
  const today = useToday(joined.data?.health === true);
  const code = isApiError(today.error) ? today.error.code : undefined;
  const notOffered = code !== undefined && NOT_OFFERED.includes(code);
  const notSetUp = !notOffered && (joined.data?.health === false || (code !== undefined && NOT_SET_UP.includes(code)));
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
      {notOffered && <EmptyState>{t.health.notOffered}</EmptyState>}
      {notSetUp && <HealthSetup />}
      {today.isError && !notSetUp && !notOffered && (
        <ErrorState what={t.health.loadingWhat} error={today.error} onRetry={() => void today.refetch()} />
      )}
      {plan && (
        <>
          <Adaptations />
          <PlanTimeline plan={plan} />
          <DayOptions plan={plan} />
          <CheckinCard />
          <ReadinessCard />
          <HabitStrength />
          <EditProfile />
        </>
      )}
    </Screen>
  );
}
