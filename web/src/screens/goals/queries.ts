import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GoalState, NewGoalCrisis } from '../../api/contract/goals';
import { type GoalVerb, goalsApi, isCrisisOnly, type NewGoalInput, type SetAside } from '../../api/goals';
import { keys } from '../../api/keys';
import { useApi } from '../../app/AppContext';
import { useI18n } from '../../i18n/I18nProvider';

export function useGoals() {
  const api = useApi();
  return useQuery({ queryKey: keys.goalList, queryFn: () => goalsApi.list(api) });
}

export function useGoalStep(id: string) {
  const api = useApi();
  return useQuery({ queryKey: keys.goalStep(id), queryFn: () => goalsApi.step(api, id) });
}

export function useGoalHistory(id: string, enabled = true) {
  const api = useApi();
  return useQuery({ queryKey: keys.goalHistory(id), queryFn: () => goalsApi.history(api, id), enabled });
}

/** Where a goal stands now is the answer itself: it goes into the cache, and the lists re-read. */
function useStore() {
  const client = useQueryClient();
  return (state: GoalState) => {
    client.setQueryData(keys.goalStep(state.goal.id), state);
    void client.invalidateQueries({ queryKey: keys.goals, predicate: (query) => query.queryKey[2] !== 'step' });
  };
}

/** `said`: what the person answered to the help shown for these words (`SetAside`). */
type Coaching =
  | { kind: 'next' }
  | { kind: 'rephrase'; comment: string; said?: SetAside }
  | { kind: 'answer'; answer: string; said?: SetAside };

/**
 * Next, rephrase and answering a question: the coach's step or question, or — when the text
 * signals a crisis — only the help to show (nothing is coached or saved then).
 */
export function useCoaching(goalId: string) {
  const api = useApi();
  const { locale } = useI18n();
  const store = useStore();
  return useMutation({
    mutationFn: (input: Coaching): Promise<GoalState | NewGoalCrisis> => {
      if (input.kind === 'next') return goalsApi.next(api, goalId, locale);
      if (input.kind === 'rephrase') return goalsApi.rephrase(api, goalId, input.comment, locale, input.said);
      return goalsApi.answer(api, goalId, input.answer, locale, input.said);
    },
    onSuccess: (reply) => {
      if (!isCrisisOnly(reply)) store(reply);
    },
  });
}

/** Done: the step and its linked track's move; the next step comes only when asked for. */
export function useDone(goalId: string) {
  const api = useApi();
  const client = useQueryClient();
  const { locale } = useI18n();
  const store = useStore();
  return useMutation({
    mutationFn: () => goalsApi.done(api, goalId, locale),
    onSuccess: (done) => {
      store(done);
      if (done.track) void client.invalidateQueries({ queryKey: ['progress'] });
    },
  });
}

export function useUndo(goalId: string) {
  const api = useApi();
  const store = useStore();
  return useMutation({ mutationFn: () => goalsApi.undo(api, goalId), onSuccess: store });
}

export function useSetStatus() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; verb: GoalVerb }) => goalsApi.setStatus(api, input.id, input.verb),
    onSuccess: () => void client.invalidateQueries({ queryKey: keys.goals }),
  });
}

export function useCreateGoal() {
  const api = useApi();
  const { locale } = useI18n();
  const store = useStore();
  return useMutation({
    mutationFn: (input: NewGoalInput) => goalsApi.create(api, input, locale),
    onSuccess: (reply) => {
      if (!isCrisisOnly(reply)) store(reply);
    },
  });
}
