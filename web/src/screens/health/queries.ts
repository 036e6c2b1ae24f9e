import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CheckinAnswers, TaskOutcome } from '../../api/contract/health';
import { healthApi } from '../../api/health';
import { keys } from '../../api/keys';
import { useApi } from '../../app/AppContext';
import { useI18n } from '../../i18n/I18nProvider';

/** `enabled: false` while the plan is known not to be set up (its read would be refused). */
export function useToday(enabled = true) {
  const api = useApi();
  const { locale } = useI18n();
  return useQuery({ queryKey: keys.today(locale), queryFn: () => healthApi.today(api, locale), enabled });
}

/** The other health reads are made only once the plan is there (HealthScreen): without a profile all are refused. */
export function useProgression() {
  const api = useApi();
  const { locale } = useI18n();
  return useQuery({ queryKey: keys.progression(locale), queryFn: () => healthApi.progression(api, locale) });
}

export function useAdaptations() {
  const api = useApi();
  const { locale } = useI18n();
  return useQuery({ queryKey: keys.adaptations(locale), queryFn: () => healthApi.adaptations(api, locale) });
}

export function useReadiness() {
  const api = useApi();
  const { locale } = useI18n();
  return useQuery({ queryKey: keys.readiness(locale), queryFn: () => healthApi.readiness(api, locale) });
}

/** Marking a task re-reads the plan and habit strength (and the dashboard when a track moved). */
export function useMark() {
  const api = useApi();
  const client = useQueryClient();
  const { locale } = useI18n();
  return useMutation({
    mutationFn: (input: { taskId: string; outcome: TaskOutcome }) =>
      healthApi.mark(api, input.taskId, input.outcome, locale),
    onSuccess: (result) => {
      void client.invalidateQueries({ queryKey: keys.health });
      if (result.track) void client.invalidateQueries({ queryKey: ['progress'] });
    },
  });
}

export function useDecide() {
  const api = useApi();
  const client = useQueryClient();
  const { locale } = useI18n();
  return useMutation({
    mutationFn: (input: { id: string; decision: 'accept' | 'keep' }) =>
      healthApi.decide(api, input.id, input.decision, locale),
    onSuccess: () => void client.invalidateQueries({ queryKey: keys.health }),
  });
}

/** A check-in re-reads readiness, the adaptations (it may have changed the plan) and the plan itself. */
export function useCheckin() {
  const api = useApi();
  const client = useQueryClient();
  const { locale } = useI18n();
  return useMutation({
    mutationFn: (answers: CheckinAnswers) => healthApi.checkin(api, answers, locale),
    onSuccess: () => void client.invalidateQueries({ queryKey: keys.health }),
  });
}
