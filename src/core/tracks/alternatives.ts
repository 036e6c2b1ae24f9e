import type { Locale } from '../goals/model.js';
import type { TrackState } from './model.js';
import { asNextAction, doneAllows, type NextAction, type SuggestionRules } from './suggest.js';

/**
 * Every next action that fits a track now, in the pack's order: those of its phase that what was done allows (the
 * rules show the first; the rest are what "not for me" can offer instead).
 */
export function fittingActions(
  rules: SuggestionRules,
  state: TrackState,
  counts: Readonly<Record<string, number>>,
  locale: Locale,
): NextAction[] {
  return rules.suggestions
    .filter((candidate) => candidate.track === state.track)
    .filter((candidate) => !candidate.phases || candidate.phases.includes(state.phase))
    .filter((candidate) => doneAllows(candidate, counts))
    .map((candidate) => asNextAction(candidate, locale));
}

/** What tapping an action starts: its exercise (two suggestions may word the same one differently), else itself. */
const startOf = (action: NextAction) => (action.how.kind === 'exercise' ? `ex:${action.how.exercise}` : action.id);

/**
 * After "not for me" on a track's next action: the other actions that fit that track, then the other tracks' next
 * actions (as the bot offers them), never one shown for that track now nor one declined today, each once. An action
 * that would start the same exercise as the one declined is left out too: in other words, it is the same idea.
 */
export function otherActions(
  declinedTrack: string,
  own: readonly NextAction[],
  shown: readonly NextAction[],
  declined: ReadonlySet<string>,
): NextAction[] {
  const current = shown.find((action) => action.track === declinedTrack);
  const candidates = [...own, ...shown.filter((action) => action.track !== declinedTrack)];
  const seen = new Set<string>(current ? [current.id, startOf(current)] : []);
  return candidates.filter((action) => {
    if (declined.has(action.id) || seen.has(action.id) || seen.has(startOf(action))) return false;
    seen.add(action.id).add(startOf(action));
    return true;
  });
}
