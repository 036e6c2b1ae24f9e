import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../src/core/goals/model.js';
import type { StoredReading } from '../../src/core/health/biometrics/stores.port.js';
import { firedTriggers } from '../../src/core/health/biometrics/triggers.js';
import { loadHealthTriggers } from '../../src/content/load-health-triggers.js';
import { signalsOf, type Snapshot } from '../../src/services/health/biometrics/signals.js';
import { type ApiHarness, startApi } from '../http/api-harness.js';
import { DIALECTS } from '../factories/databases.js';

/**
 * Issue 56, point 3: the seed's energy surge is "energy > 0.8 AND readiness > 0.8". Readiness
 * computed from the same energy value made it one condition; it must come from other signals.
 */

const NOW = new Date('2026-03-02T07:00:00Z');
const TODAY = '2026-03-02';
const loaded = loadHealthTriggers();
if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
const triggers = loaded.triggers;

const energy = (value: number): StoredReading => {
  const at = new Date(NOW.getTime() - 10 * 60_000).toISOString();
  return { metric: 'energy', value, at, source: 'api', day: TODAY };
};
const snapshot = (readings: StoredReading[], nights: Array<[string, number, number]> = []): Snapshot => ({
  today: TODAY,
  recent: readings,
  nights: {
    minutes: new Map(nights.map(([day, minutes]) => [day, minutes])),
    quality: new Map(nights.map(([day, , quality]) => [day, quality])),
  },
  baselines: [],
});
const surges = (snap: Snapshot) =>
  firedTriggers(triggers, signalsOf(snap, NOW)).some((trigger) => trigger.id === 'energy_surge');

describe('energy surge needs readiness from signals other than the energy itself', () => {
  it('one self-reported energy of 0.95 and nothing else: no readiness, no surge', () => {
    const signals = signalsOf(snapshot([energy(0.95)]), NOW);
    expect(signals.energy).toBe(0.95);
    expect(signals.readiness).toBeUndefined();
    expect(surges(snapshot([energy(0.95)]))).toBe(false);
  });

  it('high energy with a good night (8 h, quality 0.95): readiness from sleep, the surge fires', () => {
    const good = snapshot([energy(0.95)], [['2026-03-01', 480, 0.95]]);
    expect(signalsOf(good, NOW).readiness).toBeGreaterThan(0.8);
    expect(surges(good)).toBe(true);
  });

  it('high energy after a short, poor night: readiness stays low however high the energy, no surge', () => {
    const poor = snapshot([energy(1)], [['2026-03-01', 300, 0.5]]);
    expect(signalsOf(poor, NOW).readiness).toBeLessThan(0.8);
    expect(surges(poor)).toBe(false);
  });
});

for (const dialect of DIALECTS) {
  describe(`${dialect}: the API never upgrades the day on one energy number`, () => {
    let api: ApiHarness;
    let count = 0;
    beforeAll(async () => {
      api = await startApi(dialect);
      api.app.clock.advance(NOW.getTime() - api.app.clock.now().getTime());
    });
    afterAll(async () => {
      await api?.dispose();
    });
    async function readyUser(): Promise<User> {
      const user = await api.user(760_000 + ++count, 'en');
      const put = await api.call('PUT', '/api/health/profile', user, {
        archetype: 'foundation_builder',
        schedule: { time_zone: 'Europe/Moscow', wake: '07:00', sleep: '23:00' },
      });
      expect(put.status).toBe(200);
      return user;
    }
    const at = (msAgo: number) => new Date(api.app.clock.now().getTime() - msAgo).toISOString();

    it('energy_level 0.95 alone: no adaptation; with a good night it upgrades', async () => {
      const alone = await readyUser();
      const only = await api.call('POST', '/api/health/readings', alone, {
        readings: [{ timestamp: at(60_000), source: 'api', energy_level: 0.95 }],
      });
      expect(only.status).toBe(200);
      expect(only.body.adaptation).toBeNull();

      const rested = await readyUser();
      const slept = await api.call('POST', '/api/health/readings', rested, {
        readings: [
          { timestamp: at(2 * 3_600_000), source: 'api', sleep_minutes: 480, sleep_quality: 0.95 },
          { timestamp: at(60_000), source: 'api', energy_level: 0.95 },
        ],
      });
      expect(slept.status).toBe(200);
      expect(slept.body.adaptation).toMatchObject({ trigger: 'energy_surge' });
    });
  });
}
