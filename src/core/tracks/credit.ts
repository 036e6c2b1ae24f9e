/**
 * Recovery is not a counter: how much an action moves its tracks depends on what the ledger says
 * about today. Repeats of one action type on one local day earn less (`repeat`), at most `dailyCap`
 * of them earn anything, one arriving faster than a person could have done it earns nothing
 * (`minSecondsApart`), and a track gains at most its own daily cap. Pure: the store counts, this decides.
 */

/** An action type's credit rule, set in the program pack. */
export interface CreditRule {
  /** Share of the full delta for the 1st, 2nd, … of this type on one day (past the list: the last). */
  repeat: readonly number[];
  /** At most this many of this type earn credit on one day. */
  dailyCap: number;
  /** One arriving sooner than this after the previous one of its type earns nothing (0: no limit). */
  minSecondsApart: number;
}

/** What the ledger says, read in the action's transaction. */
export interface CreditHistory {
  /** Earlier actions of this type that earned credit, ever (for "first", "7 check-ins"). */
  creditedBefore: number;
  /** Earlier actions of this type on the same local day, except those that came too soon. */
  todayBefore: number;
  /** When the previous action of this type was recorded, if ever. */
  lastAt: Date | null;
  /** Percentage points each track gained on the same local day. */
  gainedToday: Readonly<Record<string, number>>;
}

export const NO_HISTORY: CreditHistory = { creditedBefore: 0, todayBefore: 0, lastAt: null, gainedToday: {} };

/**
 * Why an action earned what it did: `full`; `repeat` (a repeat today, a share of it); `track_cap`
 * (a track had its share for today); `daily_cap` (enough of this type today: nothing); `too_soon`
 * (faster than a person could have done it: nothing). Stored on the action.
 */
export const CREDIT_VERDICTS = ['full', 'repeat', 'track_cap', 'daily_cap', 'too_soon'] as const;
export type CreditVerdict = (typeof CREDIT_VERDICTS)[number];

export interface Credit {
  verdict: CreditVerdict;
  /** The share of the full delta this repeat earns (1 for the first of the day). */
  factor: number;
  /** Which action of this type today this is (1 for the first). */
  nthToday: number;
  /** The impacts as credited; empty when nothing is earned. */
  impacts: Array<{ track: string; delta: number }>;
  /** Tracks whose daily cap cut this action's credit. */
  cappedTracks: string[];
}

/** Whether an action earned anything at all (a milestone or a follow-up counts only those). */
export const earnsCredit = (verdict: CreditVerdict) => verdict !== 'daily_cap' && verdict !== 'too_soon';

/** Decides what one action earns from its rule, the tracks' daily caps and today's ledger. */
export function creditAction(
  action: { impacts: ReadonlyArray<{ track: string; delta: number }>; credit?: CreditRule },
  trackCaps: Readonly<Record<string, number | undefined>>,
  history: CreditHistory,
  at: Date,
): Credit {
  const rule = action.credit;
  const nthToday = history.todayBefore + 1;
  const nothing = (verdict: CreditVerdict): Credit => ({ verdict, factor: 0, nthToday, impacts: [], cappedTracks: [] });
  if (!rule) return { verdict: 'full', factor: 1, nthToday, impacts: [...action.impacts], cappedTracks: [] };
  if (history.lastAt && at.getTime() - history.lastAt.getTime() < rule.minSecondsApart * 1000)
    return nothing('too_soon');
  if (history.todayBefore >= rule.dailyCap) return nothing('daily_cap');
  const factor = rule.repeat[Math.min(history.todayBefore, rule.repeat.length - 1)] ?? 1;
  const cappedTracks: string[] = [];
  const impacts = action.impacts.flatMap((impact) => {
    // A share is rounded, but never to nothing: a repeat that counts always moves its tracks a little.
    const shared = factor >= 1 ? impact.delta : Math.max(1, Math.round(impact.delta * factor));
    const cap = trackCaps[impact.track];
    const room = cap === undefined ? shared : Math.max(0, cap - (history.gainedToday[impact.track] ?? 0));
    if (room < shared) cappedTracks.push(impact.track);
    const delta = Math.min(shared, room);
    return delta > 0 ? [{ track: impact.track, delta }] : [];
  });
  if (impacts.length === 0) return { ...nothing('track_cap'), cappedTracks };
  const verdict: CreditVerdict = factor < 1 ? 'repeat' : cappedTracks.length > 0 ? 'track_cap' : 'full';
  return { verdict, factor, nthToday, impacts, cappedTracks };
}

/**
 * One formatter per time zone, made on first use: building an Intl.DateTimeFormat costs ~0.1 ms, far
 * more than formatting with it, and every recorded action asks for the person's day (three times).
 * Zone names are a small closed set (~600), so the map stays small; `null` marks an unknown zone.
 */
const zoneFormats = new Map<string, Intl.DateTimeFormat | null>();

function zoneFormat(timeZone: string): Intl.DateTimeFormat | null {
  let format = zoneFormats.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      format = null;
    }
    // Only names the runtime knows are kept: an unknown one (user input) must not grow the map.
    if (format) zoneFormats.set(timeZone, format);
  }
  return format;
}

/** Minutes a time zone is ahead of UTC at `at` (0 for UTC or a zone the runtime does not know). */
function offsetMinutes(at: Date, timeZone: string): number {
  if (timeZone === 'UTC') return 0;
  const format = zoneFormat(timeZone);
  if (!format) return 0;
  const parts = format.formatToParts(at);
  const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)?.value ?? 0);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return Math.round((wall - Math.floor(at.getTime() / 1000) * 1000) / 60000);
}

/**
 * The person's day around `at`, as UTC instants [start, end): in their time zone when known, else
 * UTC. "Today" is theirs: a check-in at 23:30 and another at 00:30 are two days.
 */
export function localDay(at: Date, timeZone?: string): { start: Date; end: Date } {
  const zone = timeZone ?? 'UTC';
  const offset = offsetMinutes(at, zone);
  const wall = new Date(at.getTime() + offset * 60000);
  const midnight = Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate());
  // Local midnight as an instant, with the offset in force then (a DST change moves it, not the date).
  const instant = (wallMidnight: number) => {
    const guess = wallMidnight - offset * 60000;
    return wallMidnight - offsetMinutes(new Date(guess), zone) * 60000;
  };
  const start = instant(midnight);
  const end = instant(midnight + 24 * 3600 * 1000);
  return { start: new Date(start), end: new Date(end) };
}
