import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadHealthTriggers } from '../../../content/load-health-triggers.js';
import {
  ADAPTATION_ACTIONS,
  chooseTrigger,
  type EarlierAdaptation,
  firedTriggers,
  isOpen,
  type Signals,
  type TriggerDef,
} from './triggers.js';

/**
 * Property tests of the seed's four triggers as `content/health/triggers.yaml` states them, over
 * generated signals: each fires exactly when its condition holds, a missing signal never fires
 * anything, and the choice among fired triggers keeps cooldowns, priority, caution and the open one.
 */

const loaded = loadHealthTriggers();
if (!loaded.ok) throw new Error(`content/health/triggers.yaml has problems:\n${loaded.problems.join('\n')}`);
const TRIGGERS = loaded.triggers;
const HOUR = 3_600_000;

/** A 0–1 signal, its thresholds and their nearest neighbours generated often. */
const unit = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.constantFrom(0, 0.3, 0.6, 0.8, 1, 0.2999999, 0.3000001, 0.5999999, 0.6000001, 0.7999999, 0.8000001),
);
const ratio = fc.oneof(fc.double({ min: 0, max: 3, noNaN: true }), fc.constantFrom(0, 0.7, 0.6999999, 0.7000001));
const maybe = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: undefined });

const signalsArb: fc.Arbitrary<Signals> = fc.record({
  energy: maybe(unit),
  previousEnergy: maybe(unit),
  stress: maybe(unit),
  hrvRatio: maybe(ratio),
  readiness: maybe(unit),
  sleepQualityNights: fc.array(unit, { maxLength: 4 }),
});

const firedIds = (signals: Signals) => firedTriggers(TRIGGERS, signals).map((trigger) => trigger.id);
const below = (value: number | undefined, limit: number) => value !== undefined && value < limit;
const above = (value: number | undefined, limit: number) => value !== undefined && value > limit;

/** The seed's conditions, written out here rather than read from the content. */
const EXPECTED: Record<string, (signals: Signals) => boolean> = {
  energy_drop: (signals) => below(signals.energy, 0.3) && above(signals.previousEnergy, 0.6),
  stress_spike: (signals) => above(signals.stress, 0.8) && below(signals.hrvRatio, 0.7),
  energy_surge: (signals) => above(signals.energy, 0.8) && above(signals.readiness, 0.8),
  sleep_debt: (signals) =>
    signals.sleepQualityNights.length >= 2 && signals.sleepQualityNights.slice(0, 2).every((night) => night < 0.6),
};

describe('the seed’s four triggers (content/health/triggers.yaml) on generated signals', () => {
  it('holds exactly the seed’s four triggers', () => {
    expect(TRIGGERS.map((trigger) => trigger.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [id, expected] of Object.entries(EXPECTED))
    it(`fires ${id} exactly when its seed condition holds`, () => {
      fc.assert(
        fc.property(signalsArb, (signals) => {
          expect(firedIds(signals).includes(id)).toBe(expected(signals));
        }),
        { numRuns: 1000 },
      );
    });

  it('never fires stress_spike without an HRV ratio (no ready baseline), however high the stress', () => {
    fc.assert(
      fc.property(signalsArb, (signals) => {
        expect(firedIds({ ...signals, hrvRatio: undefined })).not.toContain('stress_spike');
      }),
    );
  });

  it('fires nothing with no signal at all', () => {
    expect(firedTriggers(TRIGGERS, { sleepQualityNights: [] })).toEqual([]);
  });

  it('never counts a missing signal as zero: dropping one never makes a trigger fire', () => {
    const keys = ['energy', 'previousEnergy', 'stress', 'hrvRatio', 'readiness'] as const;
    fc.assert(
      fc.property(signalsArb, fc.constantFrom(...keys), (signals, key) => {
        const without = firedIds({ ...signals, [key]: undefined });
        const asZero = firedIds({ ...signals, [key]: 0 });
        for (const id of without) expect(firedIds(signals)).toContain(id);
        // A zero energy after a high one is a drop; an absent energy is no reading, so no drop.
        if (key === 'energy' && above(signals.previousEnergy, 0.6)) {
          expect(asZero).toContain('energy_drop');
          expect(without).not.toContain('energy_drop');
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('never counts a missing night: sleep debt needs two known nights in a row', () => {
    fc.assert(
      fc.property(unit, (night) => {
        expect(firedIds({ sleepQualityNights: [night] })).not.toContain('sleep_debt');
      }),
    );
  });
});

/** Trigger sets beside the real one: random priorities, actions and cooldowns. */
const triggersArb: fc.Arbitrary<TriggerDef[]> = fc
  .uniqueArray(
    fc.record({
      id: fc.constantFrom('t1', 't2', 't3', 't4', 't5', 't6'),
      priority: fc.integer({ min: 1, max: 3 }),
      action: fc.constantFrom(...ADAPTATION_ACTIONS),
      cooldownHours: fc.integer({ min: 0, max: 24 }),
      expiresHours: fc.integer({ min: 1, max: 12 }),
    }),
    { selector: (trigger) => trigger.id, minLength: 1, maxLength: 6 },
  )
  .map((triggers) =>
    triggers.map((trigger) => ({
      ...trigger,
      conditions: [],
      confidence: 0.5,
      reason: { en: trigger.id, ru: trigger.id },
    })),
  );
const contentArb = fc.oneof(fc.constant(TRIGGERS), triggersArb);

const NOW = new Date('2026-03-02T10:00:00Z');
const STATUSES = ['pending', 'accepted', 'kept', 'superseded'] as const;

function earlierArb(triggers: readonly TriggerDef[]): fc.Arbitrary<EarlierAdaptation[]> {
  const one = fc
    .record({
      triggerId: fc.constantFrom(...triggers.map((trigger) => trigger.id)),
      // Minutes before now (a few after it: another instance's clock may run ahead).
      createdMinutesAgo: fc.integer({ min: -5, max: 48 * 60 }),
      lastsMinutes: fc.integer({ min: 1, max: 12 * 60 }),
      status: fc.constantFrom(...STATUSES),
    })
    .map(({ triggerId, createdMinutesAgo, lastsMinutes, status }) => {
      const createdAt = new Date(NOW.getTime() - createdMinutesAgo * 60_000);
      return { triggerId, status, createdAt, expiresAt: new Date(createdAt.getTime() + lastsMinutes * 60_000) };
    });
  return fc.array(one, { maxLength: 5 });
}

const situationArb = contentArb.chain((triggers) =>
  fc.record({
    triggers: fc.constant(triggers),
    fired: fc.subarray(triggers),
    earlier: earlierArb(triggers),
  }),
);

const cooling = (trigger: TriggerDef, earlier: readonly EarlierAdaptation[]) =>
  earlier.some(
    (adaptation) =>
      adaptation.triggerId === trigger.id &&
      NOW.getTime() - adaptation.createdAt.getTime() < trigger.cooldownHours * HOUR,
  );
const priorityOf = (triggers: readonly TriggerDef[], id: string) =>
  triggers.find((trigger) => trigger.id === id)!.priority;
const caution = (trigger: TriggerDef) => ADAPTATION_ACTIONS.indexOf(trigger.action);

describe('chooseTrigger on generated triggers, fired sets and earlier adaptations', () => {
  it('never picks a trigger inside its cooldown', () => {
    fc.assert(
      fc.property(situationArb, ({ triggers, fired, earlier }) => {
        const chosen = chooseTrigger(fired, triggers, earlier, NOW);
        if (chosen) expect(cooling(chosen, earlier)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('acts over a pending adaptation only with a more urgent trigger, over an accepted one with one at least as urgent', () => {
    fc.assert(
      fc.property(situationArb, ({ triggers, fired, earlier }) => {
        const chosen = chooseTrigger(fired, triggers, earlier, NOW);
        const open = earlier.filter((adaptation) => isOpen(adaptation, NOW));
        if (chosen)
          for (const adaptation of open)
            if (adaptation.status === 'accepted')
              expect(chosen.priority).toBeLessThanOrEqual(priorityOf(triggers, adaptation.triggerId));
            else expect(chosen.priority).toBeLessThan(priorityOf(triggers, adaptation.triggerId));
      }),
      { numRuns: 1000 },
    );
  });

  it('of the triggers allowed to act, takes the lowest priority number, ties to the more careful action', () => {
    fc.assert(
      fc.property(situationArb, ({ triggers, fired, earlier }) => {
        const chosen = chooseTrigger(fired, triggers, earlier, NOW);
        const open = earlier.filter((adaptation) => isOpen(adaptation, NOW));
        const allowed = fired.filter(
          (trigger) =>
            !cooling(trigger, earlier) &&
            open.every((adaptation) =>
              adaptation.status === 'accepted'
                ? trigger.priority <= priorityOf(triggers, adaptation.triggerId)
                : trigger.priority < priorityOf(triggers, adaptation.triggerId),
            ),
        );
        if (allowed.length === 0) {
          expect(chosen).toBeUndefined();
          return;
        }
        expect(allowed).toContain(chosen);
        for (const other of allowed) {
          expect(chosen!.priority).toBeLessThanOrEqual(other.priority);
          if (other.priority === chosen!.priority) expect(caution(chosen!)).toBeLessThanOrEqual(caution(other));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('with nothing earlier, acts on one of several fired triggers: the most urgent and careful', () => {
    fc.assert(
      fc.property(fc.subarray(TRIGGERS, { minLength: 1 }), (fired) => {
        const chosen = chooseTrigger(fired, TRIGGERS, [], NOW)!;
        const best = [...fired].sort(
          (left, right) => left.priority - right.priority || caution(left) - caution(right),
        )[0];
        expect(chosen).toBe(best);
      }),
    );
  });
});

describe('isOpen on generated times', () => {
  const instant = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) }).map((ms) => new Date(ms));

  it('is never open at or past its expiry, whatever its status', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 0, max: 7 * 24 * 60 }),
        fc.constantFrom(...STATUSES),
        (expiresAt, late, status) => {
          const now = new Date(expiresAt.getTime() + late * 60_000);
          expect(isOpen({ status, expiresAt }, now)).toBe(false);
        },
      ),
    );
  });

  it('is open before expiry exactly while pending or accepted', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 1, max: 7 * 24 * 3600 }),
        fc.constantFrom(...STATUSES),
        (now, ahead, status) => {
          const expiresAt = new Date(now.getTime() + ahead * 1000);
          expect(isOpen({ status, expiresAt }, now)).toBe(status === 'pending' || status === 'accepted');
        },
      ),
    );
  });
});
