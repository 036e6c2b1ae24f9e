import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../src/core/goals/model.js';
import { confidenceOf } from '../../src/core/health/biometrics/triggers.js';
import { loadHealthTriggers } from '../../src/content/load-health-triggers.js';
import { type ApiHarness, startApi } from '../http/api-harness.js';
import { DIALECTS } from '../factories/databases.js';

/**
 * Issue 56, point 5: confidence was a constant per trigger; as in the seed it comes from the reading —
 * one that only just crosses the thresholds is less sure than one far past them.
 */

const loaded = loadHealthTriggers();
if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
const trigger = (id: string) => loaded.triggers.find((candidate) => candidate.id === id)!;

describe('confidenceOf', () => {
  it('grows with how far the reading is past the thresholds, around the trigger’s own', () => {
    const stress = trigger('stress_spike');
    const just = confidenceOf(stress, { stress: 0.81, hrvRatio: 0.69, sleepQualityNights: [] });
    const far = confidenceOf(stress, { stress: 1, hrvRatio: 0.3, sleepQualityNights: [] });
    expect(just).toBeCloseTo(stress.confidence - 0.1, 1);
    expect(far).toBeCloseTo(stress.confidence + 0.1, 5);
    expect(far).toBeGreaterThan(just);
    const sleep = trigger('sleep_debt');
    expect(confidenceOf(sleep, { sleepQualityNights: [0.1, 0.1] })).toBeGreaterThan(
      confidenceOf(sleep, { sleepQualityNights: [0.55, 0.58] }),
    );
  });
});

for (const dialect of DIALECTS) {
  describe(`${dialect}: an adaptation's confidence comes from the reading`, () => {
    let api: ApiHarness;
    let count = 0;
    beforeAll(async () => {
      api = await startApi(dialect);
      api.app.clock.advance(new Date('2026-03-02T07:00:00Z').getTime() - api.app.clock.now().getTime());
    });
    afterAll(async () => {
      await api?.dispose();
    });
    async function readyUser(): Promise<User> {
      const user = await api.user(795_000 + ++count, 'en');
      const put = await api.call('PUT', '/api/health/profile', user, {
        archetype: 'foundation_builder',
        schedule: { time_zone: 'Europe/Moscow', wake: '07:00', sleep: '23:00' },
      });
      expect(put.status).toBe(200);
      return user;
    }
    const at = (msAgo: number) => new Date(api.app.clock.now().getTime() - msAgo).toISOString();
    const drop = async (from: number, to: number) => {
      const user = await readyUser();
      const sent = await api.call('POST', '/api/health/readings', user, {
        readings: [
          { timestamp: at(2 * 3_600_000), source: 'api', energy_level: from },
          { timestamp: at(60_000), source: 'api', energy_level: to },
        ],
      });
      expect(sent.body.adaptation).toMatchObject({ trigger: 'energy_drop' });
      return sent.body.adaptation.confidence as number;
    };

    it('a slight energy drop (0.62 → 0.28) is less sure than a steep one (1.0 → 0.0)', async () => {
      const slight = await drop(0.62, 0.28);
      const steep = await drop(1, 0);
      expect(slight).toBeLessThan(0.8);
      expect(steep).toBeGreaterThan(0.8);
    });
  });
}
