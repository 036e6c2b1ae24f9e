import type { CoachPack } from '../../content/load-coach-pack.js';
import type { Hazard } from '../../content/coach-pack.schema.js';
import type { DangerLead, DangersNamed, SafetyRule } from '../../core/goals/coach.port.js';
import { createHazardReader } from './hazards.js';
import { baseKey } from './rephrase.js';
import { compileStems, normalise, words } from './text-match.js';

const NONE: DangersNamed = { names: [], halts: false };

/**
 * The offline hazards (`content/goals/hazards/`) for a coach that writes its own steps. The same safety steps lead
 * as on the offline path, and the model is told what the dangers are. A model has no kind path, so a hazard never
 * yields to a kind's own step for the danger here; it still yields to another hazard named with it.
 */
export function createDangerLead(pack: CoachPack): DangerLead {
  const reader = createHazardReader(pack.hazards);
  const rules = new Map(
    pack.hazards.flatMap((hazard) => (hazard.rule ? [[hazard, ruleOf(hazard.rule)] as const] : [])),
  );
  return {
    read(ctx) {
      const answers = ctx.clarifications.flatMap((clarification) => clarification.answer ?? []);
      const named = reader.readGoal(ctx.goal.title, ctx.goal.description ?? '', answers);
      if (named.length === 0) return NONE;
      // Rephrased safety steps count as given: the model rewrote them at the person's request.
      const used = new Set(Object.keys(ctx.usedKeys).map(baseKey));
      const next = reader.lead(named, [], (steps) => steps).find((step) => !used.has(step.key));
      return {
        names: named.map((hazard) => hazard.name.en),
        halts: reader.halts(named, []),
        rules: named.flatMap((hazard) => rules.get(hazard) ?? []),
        ...(next && {
          step: {
            status: 'ok',
            step: next.text[ctx.locale],
            estimatedMinutes: next.minutes,
            coachKey: next.key,
            source: 'offline',
          },
        }),
      };
    },
  };
}

/** A hazard's rule as a model's step is held to it: a step about the work (`about`) must say how it is made safe. */
function ruleOf(rule: NonNullable<Hazard['rule']>): SafetyRule {
  const [about, mustSay] = [compileStems(rule.about), compileStems(rule.mustSay)];
  return {
    instruction: rule.instruction,
    breaks(step) {
      const text = normalise(step);
      const tokens = words(text);
      return about.count(text, tokens) > 0 && mustSay.count(text, tokens) === 0;
    },
  };
}
