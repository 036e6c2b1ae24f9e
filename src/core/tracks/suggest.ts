import type { Locale } from '../goals/model.js';
import type { Program } from '../programs/program.js';
import type { TrackState } from './model.js';

const DAY = 24 * 3600 * 1000;
/** The seed's edge cases: a track untouched for over 30 days gets a gentle nudge… */
export const IDLE_DAYS = 30;
/** …and a track stuck at one percentage for two weeks gets an easier action. */
export const STUCK_DAYS = 14;

/** The parts of a program the suggestion rules read. */
export type SuggestionRules = Pick<Program, 'tracks' | 'nudges' | 'suggestions'>;

/** The seed's `next_action`, plus why it was chosen and an optional gentle note. */
export interface NextAction {
  id: string;
  track: string;
  suggestion: string;
  /** The exercise (the seed's Technique) to start, if any. */
  technique: string | null;
  /** How to act on it where it is shown: start an exercise, record a self-reported action, or open the day's plan. */
  how: NextStart;
  estimated_time: string;
  minutes: number;
  reason: 'rule' | 'idle' | 'stuck' | 'llm';
  note?: string;
}

/**
 * Starting an exercise, recording (logging) something done outside the chat, or opening the day's
 * plan, where a habit is marked (the health program).
 */
export type NextStart =
  { kind: 'exercise'; exercise: string } | { kind: 'log'; action_type: string } | { kind: 'plan' };

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (text, key: string) => (key in values ? String(values[key]) : text));

export const estimatedTime = (minutes: number, locale: Locale) =>
  locale === 'ru' ? `${minutes} мин` : `${minutes} min`;

type Candidate = SuggestionRules['suggestions'][number];

const howTo = (chosen: Candidate): NextStart =>
  chosen.exercise
    ? { kind: 'exercise', exercise: chosen.exercise }
    : chosen.plan
      ? { kind: 'plan' }
      : { kind: 'log', action_type: chosen.log! };

/** Whether what was done allows a suggestion: its own action not done enough, nothing done that makes it moot, its prerequisites done. */
export const doneAllows = (candidate: Candidate, counts: Readonly<Record<string, number>>) =>
  (!candidate.action || (counts[candidate.action] ?? 0) < candidate.ifDoneFewerThan) &&
  !(candidate.unlessDone ?? []).some((action) => (counts[action] ?? 0) > 0) &&
  Object.entries(candidate.afterDone ?? {}).every(([action, times]) => (counts[action] ?? 0) >= times);

/**
 * Offline next actions, one per track: a nudge for a long-idle track, an easy action for a stuck
 * one, otherwise the first suggestion whose phase and "what was done" conditions hold — so the
 * next action follows what the person did (after meetings, no more "find a group").
 */
export function ruleNextActions(
  rules: SuggestionRules,
  states: ReadonlyArray<TrackState>,
  counts: Readonly<Record<string, number>>,
  context: { now: Date; enrolledAt: Date; locale: Locale },
): NextAction[] {
  const { now, locale } = context;
  return states.map((state) => {
    const track = rules.tracks.find((candidate) => candidate.id === state.track);
    const own = rules.suggestions.filter((suggestion) => suggestion.track === state.track);
    const lastActivity = state.lastActivityAt ?? context.enrolledAt;
    const idleDays = Math.floor((now.getTime() - lastActivity.getTime()) / DAY);
    const stillDays = Math.floor((now.getTime() - (state.lastProgressAt ?? context.enrolledAt).getTime()) / DAY);
    const inPhase = (candidate: Candidate) => !candidate.phases || candidate.phases.includes(state.phase);
    const fits = own.filter((candidate) => inPhase(candidate) && doneAllows(candidate, counts));
    const regular = fits.find((fit) => !fit.easy) ?? fits[0] ?? own[0]!;
    const easy =
      fits.find((candidate) => candidate.easy) ??
      own.find((candidate) => candidate.easy && inPhase(candidate)) ??
      own.find((candidate) => candidate.easy) ??
      regular;
    const trackName = track?.name[locale] ?? state.track;
    let chosen = regular;
    let reason: NextAction['reason'] = 'rule';
    let note: string | undefined;
    if (idleDays > IDLE_DAYS) {
      chosen = easy;
      reason = 'idle';
      note = fill(rules.nudges.idle[locale], { track: trackName, days: idleDays });
    } else if (state.completion < 100 && state.totalActions > 0 && stillDays >= STUCK_DAYS) {
      chosen = easy;
      reason = 'stuck';
      note = fill(rules.nudges.stuck[locale], { track: trackName, percent: state.completion });
    }
    return asNextAction(chosen, locale, reason, note);
  });
}

/** A pack suggestion as the next action shown for its track. */
export const asNextAction = (
  chosen: Candidate,
  locale: Locale,
  reason: NextAction['reason'] = 'rule',
  note?: string,
): NextAction => ({
  id: chosen.id,
  track: chosen.track,
  suggestion: chosen.text[locale],
  technique: chosen.exercise ?? null,
  // The pack check guarantees each suggestion has an exercise, a self-reported action to log, or the plan.
  how: howTo(chosen),
  estimated_time: estimatedTime(chosen.minutes, locale),
  minutes: chosen.minutes,
  reason,
  ...(note && { note }),
});

export { fill as fillTemplate };
