import { describe, expect, it } from 'vitest';
import type { TrackEvent } from '../../core/tracks/events.js';
import { decodeEvent, encodeEvent } from './relay-payload.js';

const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
const progress: TrackEvent = {
  type: 'progress_updated',
  userId: id,
  programId: 'recovery',
  track: 'child_connection',
  old: 45,
  new: 55,
  delta: 10,
  phase: 'action',
  actionType: 'quest_completed',
  actionId: id,
  source: 'goal_step',
  at: new Date('2026-03-01T09:00:00Z'),
};

describe('relay payload', () => {
  it('round-trips an event in a few hundred bytes, far below the 8000-byte NOTIFY limit', () => {
    const text = encodeEvent(id, progress)!;
    expect(Buffer.byteLength(text)).toBeLessThan(500);
    expect(decodeEvent(text)).toEqual({ origin: id, event: progress });
  });

  it('drops the remote mark and anything that is not one of ours', () => {
    expect(encodeEvent(id, { ...progress, remote: true })).not.toContain('remote');
    for (const junk of [
      '',
      'null',
      '{"o":"x"}',
      JSON.stringify({ o: 'x', e: { ...progress, at: 'soon' } }),
      JSON.stringify({ o: 'x', e: { ...progress, phase: 'done' } }),
    ]) {
      expect(decodeEvent(junk)).toBeUndefined();
    }
  });
});
