import type { CoachContext } from '../../core/goals/coach.port.js';

/** Steps quoted verbatim; older ones go into a fixed-size summary so the prompt stays flat. */
export const RECENT_STEPS = 5;
const QUOTE = 160;
const SUMMARY_QUOTE = 70;

export const clip = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
};

export interface CompactHistory {
  /** e.g. "37 earlier steps were completed. The first: "…". Most recent of them: "…"; "…"; "…"." */
  summary: string | null;
  recent: { text: string; done: boolean; minutes: number | null }[];
  avoid: { text: string; comment: string | null }[];
}

/**
 * The rolling summary is built, not generated: a count, the first step and the last three older
 * steps, each clipped. It costs no model call and its size does not grow with the history.
 */
export function compactHistory(ctx: Pick<CoachContext, 'history' | 'rejected'>): CompactHistory {
  const older = ctx.history.slice(0, -RECENT_STEPS);
  const recent = ctx.history.slice(-RECENT_STEPS).map((s) => ({ text: clip(s.text, QUOTE), done: s.completedAt !== null, minutes: s.estimatedMinutes }));
  const summary =
    older.length === 0
      ? null
      : `${older.length} earlier step(s) were completed. The first: "${clip(older[0]!.text, SUMMARY_QUOTE)}".` +
        (older.length > 1 ? ` Most recent of them: ${older.slice(-3).slice(older.length > 3 ? 0 : 1).map((s) => `"${clip(s.text, SUMMARY_QUOTE)}"`).join('; ')}.` : '');
  const avoid = ctx.rejected.slice(-3).map((s) => ({ text: clip(s.text, QUOTE), comment: s.userComment && clip(s.userComment, QUOTE) }));
  return { summary, recent, avoid };
}
