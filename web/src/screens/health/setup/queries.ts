import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProfileChange } from '../../../api/contract/health';
import { healthApi } from '../../../api/health';
import { keys } from '../../../api/keys';
import { useApi } from '../../../app/AppContext';
import { useI18n } from '../../../i18n/I18nProvider';

/** The profile as it stands (answered without one too: the defaults and the choices to offer). */
export function useProfile() {
  const api = useApi();
  const { locale } = useI18n();
  return useQuery({ queryKey: keys.profile(locale), queryFn: () => healthApi.profile(api, locale) });
}

export function useQuiz() {
  const api = useApi();
  const { locale } = useI18n();
  return useQuery({ queryKey: keys.quiz(locale), queryFn: () => healthApi.quiz(api, locale), staleTime: Infinity });
}

/** The answers scored: a suggested archetype with why (it chooses nothing; taking the quiz joins the program). */
export function useSubmitQuiz() {
  const api = useApi();
  const { locale } = useI18n();
  return useMutation({
    mutationFn: (answers: Record<string, string>) => healthApi.submitQuiz(api, answers, locale),
  });
}

/**
 * Saving the profile re-reads everything the plan is built from: what the person joined (home's cards),
 * the health reads (a new schedule moves today's blocks) and the tracks (choosing an archetype joins the program).
 */
export function useSaveProfile() {
  const api = useApi();
  const client = useQueryClient();
  const { locale } = useI18n();
  return useMutation({
    mutationFn: (change: ProfileChange) => healthApi.saveProfile(api, change, locale),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.joined });
      void client.invalidateQueries({ queryKey: keys.health });
      void client.invalidateQueries({ queryKey: ['progress'] });
    },
  });
}
