import { describe, expect, it } from 'vitest';
import { creditAction, type CreditHistory, type CreditRule, localDay, NO_HISTORY } from './credit.js';
import { applyAction, type ProgramRules } from './engine.js';
import { newTrackState, type TrackState } from './model.js';

const AT = new Date('2026-11-23T10:00:00Z');
const seconds = (count: number) => new Date(AT.getTime() + count * 1000);
const thoughtRecord = {
  impacts: [{ track: 'mind', delta: 10 }],
  credit: { repeat: [1, 0.5, 0.25], dailyCap: 3, minSecondsApart: 60 } satisfies CreditRule,
};
const history = (partial: Partial<CreditHistory>): CreditHistory => ({ ...NO_HISTORY, ...partial });

describe('creditAction: recovery is not a counter', () => {
  it('counts the first of the day in full', () => {
    expect(creditAction(thoughtRecord, {}, NO_HISTORY, AT)).toEqual({
      verdict: 'full',
      factor: 1,
      nthToday: 1,
      impacts: [{ track: 'mind', delta: 10 }],
      cappedTracks: [],
    });
  });

  it('gives nothing to one arriving faster than a person could have done it', () => {
    const burst = creditAction(thoughtRecord, {}, history({ todayBefore: 1, lastAt: seconds(-1) }), AT);
    expect(burst).toMatchObject({ verdict: 'too_soon', impacts: [] });
    const later = creditAction(thoughtRecord, {}, history({ todayBefore: 1, lastAt: seconds(-60) }), AT);
    expect(later.verdict).toBe('repeat');
  });

  it('gives repeats on one day a diminishing share, never rounded to nothing, and nothing past the cap', () => {
    const deltas = [0, 1, 2, 3].map(
      (before) => creditAction(thoughtRecord, {}, history({ todayBefore: before }), AT).impacts[0]?.delta ?? 0,
    );
    expect(deltas).toEqual([10, 5, 3, 0]);
    expect(creditAction(thoughtRecord, {}, history({ todayBefore: 3 }), AT).verdict).toBe('daily_cap');
    const small = { impacts: [{ track: 'mind', delta: 1 }], credit: { ...thoughtRecord.credit } };
    expect(creditAction(small, {}, history({ todayBefore: 2 }), AT).impacts).toEqual([{ track: 'mind', delta: 1 }]);
  });

  it('keeps the last share past the end of the list, up to the cap', () => {
    const steps = {
      impacts: [{ track: 'mind', delta: 4 }],
      credit: { repeat: [1, 0.5], dailyCap: 5, minSecondsApart: 0 },
    };
    expect([1, 2, 3, 4].map((before) => creditAction(steps, {}, history({ todayBefore: before }), AT).impacts)).toEqual(
      [1, 2, 3, 4].map(() => [{ track: 'mind', delta: 2 }]),
    );
  });

  it('lets a track gain at most its daily cap, in part or not at all', () => {
    const caps = { mind: 40 };
    const partly = creditAction(thoughtRecord, caps, history({ gainedToday: { mind: 36 } }), AT);
    expect(partly).toMatchObject({
      verdict: 'track_cap',
      impacts: [{ track: 'mind', delta: 4 }],
      cappedTracks: ['mind'],
    });
    const none = creditAction(thoughtRecord, caps, history({ gainedToday: { mind: 40 } }), AT);
    expect(none).toMatchObject({ verdict: 'track_cap', impacts: [], cappedTracks: ['mind'] });
  });

  it('counts every repeat in full for an action with no rule', () => {
    const ruleless = { impacts: [{ track: 'mind', delta: 10 }] };
    expect(creditAction(ruleless, {}, history({ todayBefore: 9, lastAt: AT }), AT).verdict).toBe('full');
  });
});

describe('localDay: "today" is the person’s day', () => {
  it('is the UTC day without a time zone', () => {
    expect(localDay(new Date('2026-03-01T23:30:00Z'))).toEqual({
      start: new Date('2026-03-01T00:00:00Z'),
      end: new Date('2026-03-02T00:00:00Z'),
    });
  });

  it('follows the person’s time zone, across a daylight-saving change', () => {
    // 23:30 UTC is already the next day in Moscow (UTC+3).
    expect(localDay(new Date('2026-03-01T23:30:00Z'), 'Europe/Moscow')).toEqual({
      start: new Date('2026-03-01T21:00:00Z'),
      end: new Date('2026-03-02T21:00:00Z'),
    });
    // New York springs forward on 8 March 2026: that day is 23 hours long.
    const spring = localDay(new Date('2026-03-08T15:00:00Z'), 'America/New_York');
    expect(spring).toEqual({ start: new Date('2026-03-08T05:00:00Z'), end: new Date('2026-03-09T04:00:00Z') });
  });

  it('falls back to UTC for a zone the runtime does not know', () => {
    expect(localDay(new Date('2026-03-01T12:00:00Z'), 'Mars/Olympus').start).toEqual(new Date('2026-03-01T00:00:00Z'));
  });
});

describe('applyAction with credit rules', () => {
  const program: ProgramRules = {
    id: 'test',
    tracks: [{ id: 'mind', dailyCap: 40 }, { id: 'social' }],
    actions: [
      { id: 'thought_record', ...thoughtRecord },
      {
        id: 'meeting',
        impacts: [
          { track: 'social', delta: 10 },
          { track: 'mind', delta: 3 },
        ],
        credit: { repeat: [1, 0.5], dailyCap: 2, minSecondsApart: 60 },
      },
    ],
    milestones: [{ kind: 'action', id: 'first_record', track: 'mind', action: 'thought_record', count: 1 }],
  };
  const fresh = (): TrackState[] => program.tracks.map((track) => newTrackState(track.id));

  it('moves nothing and fires no milestone for an action that came too soon', () => {
    const outcome = applyAction(program, fresh(), {
      actionType: 'thought_record',
      achieved: new Set(),
      strict: true,
      at: AT,
      history: { lastAt: seconds(-5), todayBefore: 1 },
    });
    expect(outcome).toMatchObject({ changes: [], milestones: [], credit: { verdict: 'too_soon' } });
    expect(outcome.states).toEqual(fresh());
  });

  it('never lets progress go down or past 100, whatever arrives in whatever order (ten thousand random actions)', () => {
    // A fixed-seed generator: the run is the same every time.
    let seed = 17;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let states = fresh();
    let now = AT.getTime();
    const ledger = new Map<string, { lastAt: Date | null; today: number; credited: number }>();
    const gained: Record<string, number> = {};
    let day = localDay(new Date(now)).start.getTime();
    for (let i = 0; i < 10_000; i += 1) {
      now += Math.floor(random() * 4 * 3600 * 1000);
      if (localDay(new Date(now)).start.getTime() !== day) {
        day = localDay(new Date(now)).start.getTime();
        for (const entry of ledger.values()) entry.today = 0;
        for (const track of Object.keys(gained)) gained[track] = 0;
      }
      const actionType = random() < 0.5 ? 'thought_record' : 'meeting';
      const seen = ledger.get(actionType) ?? { lastAt: null, today: 0, credited: 0 };
      const outcome = applyAction(program, states, {
        actionType,
        achieved: new Set(),
        strict: true,
        at: new Date(now),
        history: { lastAt: seen.lastAt, todayBefore: seen.today, creditedBefore: seen.credited, gainedToday: gained },
      });
      for (const change of outcome.changes) {
        expect(change.newPct).toBeGreaterThanOrEqual(change.oldPct);
        expect(change.newPct).toBeLessThanOrEqual(100);
        gained[change.track] = (gained[change.track] ?? 0) + change.delta;
      }
      outcome.states.forEach((state, index) =>
        expect(state.completion).toBeGreaterThanOrEqual(states[index]!.completion),
      );
      expect(gained.mind ?? 0).toBeLessThanOrEqual(40);
      ledger.set(actionType, {
        lastAt: new Date(now),
        today: seen.today + (outcome.credit.verdict === 'too_soon' ? 0 : 1),
        credited: seen.credited + (outcome.changes.length > 0 ? 1 : 0),
      });
      states = outcome.states;
    }
    expect(states.map((state) => state.completion)).toEqual([100, 100]);
  });
});
