import { createHash } from 'node:crypto';
import type { Clock, Counters, Log } from '../../core/ports.js';
import {
  type CrisisFinding,
  type CrisisScreen,
  mostUrgent,
  type SafetyCheck,
  type SafetyReviewer,
} from '../../core/safety.port.js';

export interface CrisisScreenDeps {
  safety: SafetyCheck;
  /** A language model's second opinion on unsure texts; absent when Stepwise runs offline. */
  reviewer?: SafetyReviewer;
  counters: Counters;
  log: Log;
  clock: Clock;
}

/** A text screened twice in one turn (the chat's message, then the goal title it becomes) asks the model once. */
const REVIEW_MEMORY = { ttlMs: 60_000, max: 1_000 } as const;

/**
 * The crisis screen every interface and service uses. The offline check decides first; only a
 * text it was unsure about, and never one it already flagged, goes to the reviewer, which can
 * only raise. A finding is counted by category, level and source, and logged with the field;
 * the words never leave this function.
 */
export function createCrisisScreen(deps: CrisisScreenDeps): CrisisScreen {
  // Keyed by a hash, so no user text is held here; answers age out by the app's clock.
  const reviewed = new Map<string, { at: number; finding: CrisisFinding | null }>();

  const review = async (text: string): Promise<CrisisFinding | undefined> => {
    const key = createHash('sha256').update(text).digest('base64url');
    const now = deps.clock.now().getTime();
    const known = reviewed.get(key);
    if (known && now - known.at < REVIEW_MEMORY.ttlMs) return known.finding ?? undefined;
    // A reviewer that throws changes nothing: the offline verdict stands.
    const finding = await deps.reviewer!.review(text).catch(() => undefined);
    // Only answers are remembered: after a timeout the next screening asks again.
    if (finding !== undefined) {
      if (reviewed.size >= REVIEW_MEMORY.max) reviewed.delete(reviewed.keys().next().value!);
      reviewed.set(key, { at: now, finding });
    }
    return finding ?? undefined;
  };

  const find = async (text: string, field: string): Promise<CrisisFinding | undefined> => {
    const verdict = deps.safety.check(text, field);
    if (verdict.crisis) return { category: verdict.category, level: verdict.level, source: verdict.source };
    return verdict.uncertain && deps.reviewer ? review(text) : undefined;
  };

  const report = (finding: CrisisFinding, fields: string[]) => {
    const { category, level, source } = finding;
    deps.counters.inc('crisis_detected', { category, level, source });
    deps.log.warn(
      { event: 'crisis_detected', category, level, source, field: fields.join(',') },
      'crisis language detected',
    );
  };

  return {
    looksLikeCrisis: (text) => deps.safety.check(text).crisis,
    async screen(text, field) {
      const finding = await find(text, field);
      if (finding) report(finding, [field]);
      return finding;
    },
    async screenAll(fields) {
      const found = await Promise.all(
        Object.entries(fields).map(async ([field, text]) => ({ field, finding: await find(text, field) })),
      );
      const flagged = found.filter((candidate) => candidate.finding);
      const worst = mostUrgent(flagged.map((field) => field.finding!));
      if (worst)
        report(
          worst,
          flagged.map((field) => field.field),
        );
      return worst;
    },
  };
}
