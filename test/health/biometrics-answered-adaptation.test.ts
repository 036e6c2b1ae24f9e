// An answered adaptation and the next equally urgent trigger of the same day: accepted, it no longer
// silences the news (the person must learn what was noticed), and it stays in force beside the new one.
import { describe, expect, it } from 'vitest';
import { chooseTrigger, replacedBy } from '../../src/core/health/biometrics/triggers.js';
import { sharedContent } from '../factories/app-content.js';

const NOW = new Date('2026-03-02T12:00:00Z');
const HOUR = 3_600_000;
const triggers = () => sharedContent().triggers;
const byId = (id: string) => triggers().find((trigger) => trigger.id === id)!;
/** A stress spike's adaptation made an hour ago, open for five more. */
const stress = (status: 'pending' | 'accepted' | 'kept') => ({
  id: `stress-${status}`,
  triggerId: 'stress_spike',
  status,
  createdAt: new Date(NOW.getTime() - HOUR),
  expiresAt: new Date(NOW.getTime() + 5 * HOUR),
});

describe('an answered adaptation and an equally urgent trigger the same day', () => {
  it.each(['accepted', 'kept'] as const)('the stress adaptation %s: an energy drop still acts', (status) => {
    expect(byId('energy_drop').priority).toBe(byId('stress_spike').priority);
    expect(chooseTrigger([byId('energy_drop')], triggers(), [stress(status)], NOW)?.id).toBe('energy_drop');
  });

  it('while the stress adaptation waits for an answer, the drop waits too: one question at a time', () => {
    expect(chooseTrigger([byId('energy_drop')], triggers(), [stress('pending')], NOW)).toBeUndefined();
  });

  it('keeps an accepted adaptation in force beside the new one, and replaces a pending one', () => {
    const earlier = [stress('accepted'), { ...stress('pending'), id: 'surge', triggerId: 'energy_surge' }];
    expect(replacedBy(byId('energy_drop'), earlier, triggers(), NOW).map((adaptation) => adaptation.id)).toEqual([
      'surge',
    ]);
  });
});
