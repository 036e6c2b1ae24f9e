// Health plan generation (issue 11's bar: p99 < 20 ms with the full repertoire): today's plan for a
// mix of people (archetypes, zones with DST and odd offsets, office, night-shift and free schedules,
// health notes, standings) over two months of dates, next to a JSON round-trip of the repertoire
// measured in the same run. Runs inside `npm run bench` and alone: `npx tsx bench/health-plan.ts`.
import { pathToFileURL } from 'node:url';
import {
  type Archetype,
  ARCHETYPES,
  type BlockTemplate,
  type DayTemplate,
  HABIT_CATEGORIES,
  type HabitDef,
  type HabitStanding,
  type LevelDef,
  PLAN_MODES,
  type PlanMode,
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

/** The real pack when it loads; otherwise 120 synthetic habits of the model's types (and why). */
async function repertoire(): Promise<Repertoire> {
  try {
    const { loadHealthPack } = await import('../src/content/load-health-pack.js');
    const loaded = loadHealthPack();
    if (loaded.ok) return { ...loaded.pack, source: `content pack, ${loaded.pack.habits.length} habits` };
    return { ...syntheticRepertoire(), source: `synthetic, 120 habits (pack: ${loaded.problems[0]})` };
  } catch (error) {
    return { ...syntheticRepertoire(), source: `synthetic, 120 habits (pack: ${(error as Error).message})` };
  }
}

const say = (en: string) => ({ en, ru: en });
const DURATIONS = [5, 10, 15, 20, 30, 45];
const ENERGIES = ['low', 'medium', 'high'] as const;

/** Habit i of 120: every category, two or three archetypes, difficulty 1–10, some chains and notes. */
function syntheticHabit(i: number): HabitDef {
  const category = HABIT_CATEGORIES[i % HABIT_CATEGORIES.length]!;
  const texts = { lowEnergy: say('low'), highEnergy: say('high'), shortOnTime: say('short'), travel: say('travel') };
  return {
    id: `habit_${i}`,
    name: say(`Habit ${i}`),
    category,
    archetypes: [0, 2, 3].slice(0, 2 + (i % 2)).map((step) => ARCHETYPES[(i + step) % ARCHETYPES.length]!),
    difficulty: 1 + ((i * 7) % 10),
    // Chains within a category: habit i needs habit i − 6 (same category) now and then.
    prerequisites: i >= 12 && i % 5 === 0 ? [`habit_${i - 6}`] : [],
    durationMinutes: DURATIONS[(i * 5) % DURATIONS.length]!,
    energy: ENERGIES[i % 3]!,
    intensity: (['easy', 'moderate', 'high'] as const)[(i >> 1) % 3]!,
    implementation: { technique: say('technique'), equipment: say('none'), timing: say('morning') },
    scaling: { beginner: say('b'), intermediate: say('i'), advanced: say('a') },
    contraindications: i % 11 === 0 ? ['knee_injury'] : i % 13 === 0 ? ['pregnancy'] : [],
    education: {
      simple: say('simple'),
      detailed: say('detailed'),
      benefits: [say('one'), say('two')],
      steps: [say('one'), say('two'), say('three')],
      modifications: { ...texts, season: say('season') },
      successIndicators: [say('one'), say('two')],
      troubleshooting: [say('if one'), say('if two')],
      completionCriteria: say('done'),
    },
    streakBonuses: { '7': say('7'), '14': say('14'), '30': say('30') },
  };
}

type BlockShape = [string, BlockTemplate['anchor'], number, number, BlockTemplate['energy'], BlockTemplate['holds']];
const BLOCKS: BlockShape[] = [
  ['morning', 'wake', 10, 30, 'low', ['mindfulness', 'sleep_recovery']],
  ['breakfast', 'breakfast', 15, 20, 'medium', ['nutrition']],
  ['lunch', 'lunch', 0, 30, 'medium', ['movement', 'social']],
  ['after_work', 'work_end', 30, 45, 'high', ['movement', 'cognitive']],
  ['evening', 'dinner', 60, 30, 'medium', ['social', 'cognitive']],
  ['wind_down', 'sleep', -60, 30, 'low', ['sleep_recovery', 'mindfulness']],
];

function syntheticTemplate(archetype: Archetype, mode: PlanMode): DayTemplate {
  const blocks = BLOCKS.map(([id, anchor, offsetMinutes, durationMinutes, energy, holds], i): BlockTemplate => ({
    id,
    title: say(id),
    archetypeTitle: say(id),
    purpose: say(id),
    energy,
    part: i < 2 ? 'morning' : i < 4 ? 'midday' : 'evening',
    anchor,
    offsetMinutes,
    durationMinutes,
    flexibilityMinutes: 30,
    dependsOn: id === 'after_work' ? ['morning'] : [],
    messaging: say(id),
    versions: { low: say('low'), high: say('high') },
    holds,
  }));
  return {
    archetype,
    mode,
    name: `${archetype}_${mode}`,
    energyDistribution: { morning: 0.4, midday: 0.3, evening: 0.3 },
    blocks,
  };
}

/** The model's types, filled: 120 habits, a template per archetype and mode, three levels each. */
function syntheticRepertoire(): Omit<Repertoire, 'source'> {
  return {
    habits: Array.from({ length: 120 }, (_, i) => syntheticHabit(i)),
    templates: ARCHETYPES.flatMap((archetype) => PLAN_MODES.map((mode) => syntheticTemplate(archetype, mode))),
    levels: ARCHETYPES.flatMap((archetype) =>
      [3, 6, 10].map((maxDifficulty, i) => ({
        id: `${archetype}_${i}`,
        archetype,
        name: say(`Level ${i + 1}`),
        description: say('level'),
        maxDifficulty,
        masterToAdvance: 3 + i * 2,
        estimatedWeeks: 4,
      })),
    ),
  };
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
  const pack = await repertoire();
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
