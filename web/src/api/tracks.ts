import type { Api } from './client';
import type { Locale } from './contract/common';
import type {
  ActionResult,
  Answers,
  EntriesPage,
  Exercises,
  FinishedExercise,
  NextAction,
  Programs,
  Progress,
  TrackHistory,
} from './contract/tracks';

/** The program the dashboard shows (a person may also be in the health program, which has its own screen). */
export const RECOVERY = 'recovery';

const inRecovery = (lang: Locale) => ({ program: RECOVERY, lang });

/** `/api/tracks/*`, `/api/programs`, `/api/exercises`, `/api/entries`. */
export const tracksApi = {
  progress: (api: Api, lang: Locale) => api.get<Progress>('/api/tracks/progress', inRecovery(lang)),
  programs: (api: Api, lang: Locale) => api.get<Programs>('/api/programs', { lang }),
  /** Joining with the track that matters most now as the focus (the program's first when not given). */
  enroll: (api: Api, primaryTrack: string | undefined, lang: Locale) =>
    api.post<Progress>(`/api/programs/${RECOVERY}/enroll`, primaryTrack ? { primary_track: primaryTrack } : {}, {
      lang,
    }),
  setPrimary: (api: Api, track: string, lang: Locale) =>
    api.post<Progress>('/api/tracks/set-primary', { track }, inRecovery(lang)),
  feedback: (api: Api, next: NextAction, helpful: boolean) =>
    api.post<void>(
      '/api/tracks/suggestions/feedback',
      { track: next.track, suggestion_id: next.id, reason: next.reason, helpful },
      { program: RECOVERY },
    ),
  /** After "not for me": other next actions, less those declined today (empty when none is left). */
  others: (api: Api, track: string, lang: Locale) =>
    api.get<{ program: string; others: NextAction[] }>('/api/tracks/suggestions/others', {
      ...inRecovery(lang),
      track,
    }),
  logAction: (api: Api, actionType: string, lang: Locale) =>
    api.post<ActionResult>('/api/tracks/actions', { action_type: actionType }, inRecovery(lang)),
  /** One program's ledger: the recovery program's, or the health program's habit tracks. */
  history: (api: Api, program: string, lang: Locale) =>
    api.get<TrackHistory>('/api/tracks/history', { program, lang, limit: 500 }),
};

export const exercisesApi = {
  list: (api: Api, lang: Locale) => api.get<Exercises>('/api/exercises', inRecovery(lang)),
  /** `entryId` is picked once per attempt, so a retried submission counts once. */
  finish: (api: Api, exercise: string, answers: Answers, entryId: string, lang: Locale) =>
    api.post<FinishedExercise>(
      `/api/exercises/${encodeURIComponent(exercise)}/entries`,
      { answers, entry_id: entryId },
      inRecovery(lang),
    ),
};

export const entriesApi = {
  page: (api: Api, cursor: string | undefined) => api.get<EntriesPage>('/api/entries', { cursor, limit: 20 }),
  remove: (api: Api, id: string) => api.del(`/api/entries/${encodeURIComponent(id)}`),
};
