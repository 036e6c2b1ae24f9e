import type { CoachContext } from '../../core/goals/coach.port.js';

/** Steps quoted verbatim; older ones go into a fixed-size summary so the prompt stays flat. */
export const RECENT_STEPS = 5;
const QUOTE = 160;
const SUMMARY_QUOTE = 70;

/** The text on one line, cut to `max` characters with an ellipsis when longer. */
export const clip = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
};

export interface CompactHistory {
  /** e.g. "37 earlier step(s) were completed. The first: "…". Most recent of them: "…"; "…"; "…"." */
  summary: string | null;
  recent: { text: string; done: boolean; minutes: number | null }[];
  avoid: { text: string; comment: string | null }[];
}

/**
 * The rolling summary is built, not generated: a count, the first step and the latest older steps,
 * each clipped. It costs no model call and its size does not grow with the history.
 */
export function compactHistory(ctx: Pick<CoachContext, 'history' | 'earlier' | 'rejected'>): CompactHistory {
  const olderInWindow = ctx.history.slice(0, -RECENT_STEPS);
  const olderCount = ctx.earlier.count + olderInWindow.length;
  const first = ctx.earlier.first ?? olderInWindow[0]?.text;
  const latestOlder = olderInWindow.slice(ctx.earlier.count === 0 ? 1 : 0).slice(-3);
  const summary =
    olderCount === 0 || !first
      ? null
      : `${olderCount} earlier step(s) were completed. The first: "${clip(first, SUMMARY_QUOTE)}".` +
        (latestOlder.length
          ? ` Most recent of them: ${latestOlder.map((item) => `"${clip(item.text, SUMMARY_QUOTE)}"`).join('; ')}.`
          : '');
  const recent = ctx.history
    .slice(-RECENT_STEPS)
    .map((item) => ({ text: clip(item.text, QUOTE), done: item.completedAt !== null, minutes: item.estimatedMinutes }));
  const avoid = ctx.rejected.map((item) => ({
    text: clip(item.text, QUOTE),
    comment: item.userComment && clip(item.userComment, QUOTE),
  }));
  return { summary, recent, avoid };
}
