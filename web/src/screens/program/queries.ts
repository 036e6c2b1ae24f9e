import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ActionResult, NextAction } from '../../api/contract/tracks';
import { keys } from '../../api/keys';
import { exercisesApi, RECOVERY, tracksApi } from '../../api/tracks';
import { useApi } from '../../app/AppContext';
import { useI18n } from '../../i18n/I18nProvider';
import { applyMoves } from '../../live/apply-moves';

export interface TrackLabel {
  emoji: string;
  name: string;
}

/** `enabled: false` while the person is known not to be in the program (its read would be refused). */
export function useProgress(enabled = true) {
  const api = useApi();
  const { locale } = useI18n();
  return useQuery({ queryKey: keys.progress(locale), queryFn: () => tracksApi.progress(api, locale), enabled });
}

/** The recovery tracks' emoji and names, in program order (from /api/programs). */
export function useTracks(): { order: string[]; label: (track: string) => TrackLabel } {
  const api = useApi();
  const { locale } = useI18n();
  const programs = useQuery({ queryKey: keys.programs(locale), queryFn: () => tracksApi.programs(api, locale) });
  const tracks = programs.data?.programs.find((program) => program.id === RECOVERY)?.tracks ?? [];
  return {
    order: tracks.map((track) => track.id),
    label: (id) => tracks.find((track) => track.id === id) ?? { emoji: '', name: id },
  };
}

export function useExercises(enabled = true) {
  const api = useApi();
  const { locale } = useI18n();
  return useQuery({ queryKey: keys.exercises(locale), queryFn: () => exercisesApi.list(api, locale), enabled });
}

/** After anything that moved tracks: show the moves at once, then re-read what follows from them. */
export function useAfterAction() {
  const client = useQueryClient();
  const { locale } = useI18n();
  return (result: ActionResult) => {
    client.setQueryData(keys.progress(locale), (old: Parameters<typeof applyMoves>[0]) =>
      applyMoves(old, result.program, result.tracks),
    );
    void client.invalidateQueries({ queryKey: ['progress'] });
    void client.invalidateQueries({ queryKey: ['history'] });
  };
}

export function useSetFocus() {
  const api = useApi();
  const client = useQueryClient();
  const { locale } = useI18n();
  return useMutation({
    mutationFn: (track: string) => tracksApi.setPrimary(api, track, locale),
    onSuccess: (progress) => client.setQueryData(keys.progress(locale), progress),
  });
}

export function useEnroll() {
  const api = useApi();
  const client = useQueryClient();
  const { locale } = useI18n();
  return useMutation({
    mutationFn: (primaryTrack: string | undefined) => tracksApi.enroll(api, primaryTrack, locale),
    onSuccess: (progress) => {
      client.setQueryData(keys.progress(locale), progress);
      void client.invalidateQueries({ queryKey: ['programs'] });
      void client.invalidateQueries({ queryKey: keys.joined });
    },
  });
}

/** A verdict on a next action; after "not for me", what else there is to offer (`others`, maybe empty). */
export function useFeedback() {
  const api = useApi();
  const { locale } = useI18n();
  return useMutation({
    mutationFn: async (input: { next: NextAction; helpful: boolean }): Promise<{ others?: NextAction[] }> => {
      await tracksApi.feedback(api, input.next, input.helpful);
      if (input.helpful) return {};
      return { others: (await tracksApi.others(api, input.next.track, locale)).others };
    },
  });
}

export function useLogAction() {
  const api = useApi();
  const { locale } = useI18n();
  const after = useAfterAction();
  return useMutation({
    mutationFn: (actionType: string) => tracksApi.logAction(api, actionType, locale),
    onSuccess: after,
  });
}
