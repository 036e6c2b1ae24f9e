// Health plan generation (issue 11's bar: p99 < 20 ms with the full repertoire): today's plan for a
// mix of people (archetypes, zones with DST and odd offsets, office, night-shift and free schedules,
// health notes, standings) over two months of dates, next to a JSON round-trip of the repertoire
// measured in the same run. Runs inside `npm run bench` and alone: `npx tsx bench/health-plan.ts`.
import { pathToFileURL } from 'node:url';
import { loadHealthPack } from '../src/content/load-health-pack.js';
import {
  ARCHETYPES,
  type DayTemplate,
  type HabitDef,
  type HabitStanding,
  type LevelDef,
  PLAN_MODES,
  type Schedule,
} from '../src/core/health/model.js';
import { buildDayPlan, type PlanInput } from '../src/core/health/plan.js';
import { measure, ms, table } from './stats.js';

interface Repertoire {
  habits: readonly HabitDef[];
  templates: readonly DayTemplate[];
  levels: readonly LevelDef[];
  source: string;
}

/** The real repertoire: the bar is about the full pack, so a pack with problems stops the bench. */
function repertoire(): Repertoire {
  const loaded = loadHealthPack();
  if (!loaded.ok) throw new Error(`content/health has problems:\n${loaded.problems.join('\n')}`);
  return { ...loaded.pack, source: `content pack, ${loaded.pack.habits.length} habits` };
}

const ZONES = ['Europe/Moscow', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham'];
const SCHEDULES: Array<Omit<Schedule, 'timeZone'>> = [
  {
    wake: '07:00',
    sleep: '23:00',
    work: { start: '09:00', end: '18:00', days: [1, 2, 3, 4, 5] },
    meals: {},
    exercise: 'evening',
  },
  {
    wake: '14:00',
    sleep: '07:00',
    work: { start: '22:00', end: '06:00', days: [1, 2, 3, 4] },
    meals: {},
    exercise: 'any',
  },
  { wake: '06:30', sleep: '01:00', meals: { lunch: '13:00', dinner: '20:00' }, exercise: 'morning' },
];
const NOTES = [[], ['knee_injury'], ['pregnancy', 'high_blood_pressure']];

/** Standings of about a third of the habits, spread over new, in progress and mastered. */
function standingsFor(habits: readonly HabitDef[], seed: number): HabitStanding[] {
  return habits
    .filter((_, i) => (i + seed) % 3 === 0)
    .map((habit, i) => {
      const masteryPercent = (i * 37 + seed * 11) % 100;
      return {
        habitId: habit.id,
        strength: masteryPercent / 100,
        masteryPercent,
        attempts: 10 + i,
        successes: 8 + i,
        streak: i % 12,
        longestStreak: 12,
        firstAttempt: '2026-01-10',
        lastAttempt: '2026-02-27',
      };
    });
}

/** 60 days from 2026-02-20: both northern DST changes and Lord Howe's and Chatham's April change. */
const DATES = Array.from({ length: 60 }, (_, i) =>
  new Date(Date.UTC(2026, 1, 20 + i)).toISOString().slice(0, 10),
).concat(['2026-04-05', '2026-09-27', '2026-10-04', '2026-10-25', '2026-11-01']);

function inputs(pack: Repertoire): PlanInput[] {
  const people = ARCHETYPES.flatMap((archetype, i) =>
    ZONES.map((timeZone, j) => ({
      userId: `bench-${archetype}-${j}`,
      archetype,
      schedule: { timeZone, ...SCHEDULES[(i + j) % SCHEDULES.length]! },
      notes: NOTES[(i * 2 + j) % NOTES.length]!,
      standings: standingsFor(pack.habits, i + j),
    })),
  );
  // Each person on every fourth date (staggered), cycling through the modes.
  return people.flatMap((person, i) =>
    DATES.filter((_, j) => (i + j) % 4 === 0).map((date, j) => ({
      habits: pack.habits,
      templates: pack.templates,
      levels: pack.levels,
      profile: { userId: person.userId, archetype: person.archetype, schedule: person.schedule, notes: person.notes },
      mode: PLAN_MODES[(i + j) % PLAN_MODES.length]!,
      standings: person.standings,
      date,
    })),
  );
}

export async function benchHealthPlan(rounds: number): Promise<{ rows: string[][]; source: string }> {
  const pack = repertoire();
  const cases = inputs(pack);
  const runs = Math.max(rounds * 5, cases.length * 4);
  const content = { habits: pack.habits, templates: pack.templates, levels: pack.levels };
  // The plan first: the baseline churns megabytes, and its garbage would land in the plan's tail.
  // One untimed pass over every case first, as on a running server: the first plan in a zone pays
  // once for its Intl formatter (luxon caches it), which is start-up, not plan generation.
  const plan = await measure(runs, (i) => buildDayPlan(cases[Math.abs(i) % cases.length]!), cases.length);
  const baseline = await measure(runs, () => JSON.parse(JSON.stringify(content)));
  return {
    source: pack.source,
    rows: [
      [
        'health: JSON round-trip of the repertoire (baseline)',
        ms(baseline.median),
        ms(baseline.p99),
        baseline.perSecond.toFixed(0),
        '1.0×',
      ],
      [
        'health: build today’s plan (bar p99 < 20 ms)',
        ms(plan.median),
        ms(plan.p99),
        plan.perSecond.toFixed(0),
        `${(plan.median / baseline.median).toFixed(2)}×`,
      ],
    ],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 1000);
  const { rows, source } = await benchHealthPlan(rounds);
  console.log(`Health plan benchmark (${rounds * 5}+ plans; ${source}; Node ${process.version})\n`);
  console.log(table([['measure', 'median', 'p99', 'per second', 'vs baseline (median)'], ...rows]));
  console.log('\nBar: plan generation p99 < 20 ms.');
}
