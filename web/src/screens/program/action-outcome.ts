import type { ActionResult } from '../../api/contract/tracks';
import type { Messages } from '../../i18n/en';
import type { TrackLabel } from './queries';

/**
 * What a recorded action did, as the bot says it: each track's move and new phase, milestones, and
 * why it counted less (or nothing) when the daily credit rules held it back.
 */
export function outcomeLines(texts: Messages, result: ActionResult, label: (track: string) => TrackLabel): string[] {
  if (result.duplicate) return [texts.exercises.alreadyCounted];
  const name = (track: string) => `${label(track).emoji} ${label(track).name}`.trim();
  const lines: string[] = [];
  for (const move of result.tracks) {
    if (move.delta <= 0) continue;
    lines.push(texts.exercises.moved(name(move.track), move.old, move.new));
  }
  for (const milestone of result.milestones)
    lines.push(texts.exercises.milestone(milestone.name, milestone.description));
  const credit = result.credit;
  if (credit.verdict === 'too_soon') lines.push(texts.exercises.creditTooSoon);
  else if (credit.verdict === 'daily_cap') lines.push(texts.exercises.creditDailyCap);
  else if (credit.verdict === 'repeat') lines.push(texts.exercises.creditRepeat(Math.round(credit.share * 100)));
  else if (credit.verdict === 'track_cap') lines.push(texts.exercises.creditTrackCap);
  return lines;
}
