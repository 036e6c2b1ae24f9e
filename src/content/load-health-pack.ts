import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import {
  ARCHETYPES,
  HABIT_CATEGORIES,
  PLAN_MODES,
  type Archetype,
  type ArchetypeDef,
  type DayTemplate,
  type HabitCategory,
  type HabitDef,
  type HealthNoteDef,
  type LevelDef,
  type QuizQuestion,
} from '../core/health/model.js';
import type { HealthPack } from '../core/health/pack.js';
import { blockTakes } from '../core/health/plan.js';
import { scoreQuiz } from '../core/health/quiz.js';
import { ArchetypesFile, BlocksFile, HabitSchema, LevelsFile, NotesFile, QuizFile } from './health-pack.schema.js';
import { contentDir } from './load-coach-pack.js';
import { readYamlFile } from './read-yaml.js';

export type { HealthPack };
export type HealthPackResult = { ok: true; pack: HealthPack } | { ok: false; problems: string[] };

const FILES = {
  archetypes: 'archetypes.yaml',
  notes: 'notes.yaml',
  quiz: 'quiz.yaml',
  blocks: 'blocks.yaml',
  levels: 'levels.yaml',
} as const;

/** The health notes a person can declare; habits name them in `contraindications`. */
export const HEALTH_NOTE_IDS = [
  'knee_injury',
  'back_pain',
  'pregnancy',
  'high_blood_pressure',
  'heart_condition',
  'diabetes',
  'asthma',
  'limited_mobility',
  'joint_pain',
  'recent_surgery',
  'eating_disorder_history',
  'sleep_disorder',
  'social_anxiety',
  'dizziness_or_fainting',
] as const;

/** The issue's bars for the repertoire. */
const MIN_HABITS = 90;
const MIN_PER_ARCHETYPE = 20;
const QUIZ_SIZE = { min: 6, max: 8 };
const MIN_LEVELS = 3;
/** A lunch break carved out of work hours is about 45 minutes; a block there must leave time to eat. */
const MAX_LUNCH_BLOCK = 30;

/** A habit with the file it came from, so every problem can name it. */
interface HabitEntry {
  file: string;
  habit: HabitDef;
}

/**
 * Reads `content/health/`: the five frame files and `habits/<category>.yaml`, validates each with its
 * schema, then cross-checks the whole (every archetype covered, templates sound, levels that open
 * habits, prerequisites without cycles, the never-list of health claims). Every problem names its
 * file and the path inside it, and all of them are reported in one go.
 */
export function loadHealthPack(root = join(contentDir(), 'health')): HealthPackResult {
  const problems: string[] = [];
  const read = <T>(file: string, schema: z.ZodType<T>): T | undefined => {
    if (existsSync(join(root, file))) return readYamlFile(join(root, file), schema, problems, file);
    problems.push(`${file}: missing`);
    return undefined;
  };
  const archetypes = read(FILES.archetypes, ArchetypesFile);
  const notes = read(FILES.notes, NotesFile);
  const quiz = read(FILES.quiz, QuizFile);
  const templates = read(FILES.blocks, BlocksFile);
  const levels = read(FILES.levels, LevelsFile);
  const habits = readHabits(root, problems);

  if (archetypes) problems.push(...checkArchetypes(archetypes));
  if (notes) problems.push(...checkNotes(notes));
  if (quiz) problems.push(...checkQuiz(quiz));
  if (templates) problems.push(...checkTemplates(templates));
  if (levels) problems.push(...checkLevels(levels, habits.complete ? habits.entries : undefined));
  problems.push(...checkHabits(habits.entries));
  if (templates && habits.complete) problems.push(...checkBlockFits(templates, habits.entries, levels));
  if (templates) problems.push(...checkHabitPlaces(templates, habits.entries));
  problems.push(
    ...neverProblems([
      ...textsOf(FILES.archetypes, archetypes ?? []),
      ...textsOf(FILES.notes, notes ?? []),
      ...textsOf(FILES.quiz, quiz ?? []),
      ...textsOf(FILES.blocks, templates ?? []),
      ...textsOf(FILES.levels, levels ?? []),
      ...habits.entries.flatMap(({ file, habit }) => textsOf(file, [habit])),
    ]),
  );

  if (problems.length > 0 || !archetypes || !notes || !quiz || !templates || !levels) return { ok: false, problems };
  const habitList = habits.entries.map((entry) => entry.habit);
  return { ok: true, pack: { archetypes, notes, quiz, templates, levels, habits: habitList } };
}

/**
 * Every `habits/<category>.yaml`, each habit parsed on its own so one broken habit does not hide the
 * problems of the others. `complete` is false when a file or habit could not be read: the checks that
 * count habits (levels, blocks) would then report what is only missing.
 */
function readHabits(root: string, problems: string[]): { entries: HabitEntry[]; complete: boolean } {
  const dir = join(root, 'habits');
  const files = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.yaml')) : [];
  const entries: HabitEntry[] = [];
  const before = problems.length;
  for (const category of HABIT_CATEGORIES)
    if (!files.includes(`${category}.yaml`)) problems.push(`habits/${category}.yaml: missing`);
  for (const name of files.sort()) {
    const file = `habits/${name}`;
    const category = name.slice(0, -'.yaml'.length);
    if (!(HABIT_CATEGORIES as readonly string[]).includes(category)) {
      problems.push(`${file}: not a habit category (the file names are ${HABIT_CATEGORIES.join(', ')})`);
      continue;
    }
    let raw: unknown;
    try {
      raw = parse(readFileSync(join(dir, name), 'utf8'));
    } catch (error) {
      problems.push(`${file}: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    if (!Array.isArray(raw)) {
      problems.push(`${file}: must be a list of habits`);
      continue;
    }
    raw.forEach((item: unknown, index) => {
      const id = (item as { id?: unknown } | null)?.id;
      const label = typeof id === 'string' ? id : `#${index + 1}`;
      const parsed = HabitSchema.safeParse(item);
      if (!parsed.success)
        for (const issue of parsed.error.issues)
          problems.push(`${file}: ${label}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
      else if (parsed.data.category !== category)
        problems.push(`${file}: ${label}: category: "${parsed.data.category}" must be "${category}", as its file`);
      else entries.push({ file, habit: parsed.data });
    });
  }
  return { entries, complete: problems.length === before };
}

/** Every id listed twice, as problems `where: duplicate id "x"`. */
function duplicates(where: string, ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const id of ids) {
    if (seen.has(id)) problems.push(`${where}: duplicate id "${id}"`);
    seen.add(id);
  }
  return problems;
}

function checkArchetypes(archetypes: readonly ArchetypeDef[]): string[] {
  const problems = duplicates(
    FILES.archetypes,
    archetypes.map((archetype) => archetype.id),
  );
  for (const id of ARCHETYPES)
    if (!archetypes.some((archetype) => archetype.id === id)) problems.push(`${FILES.archetypes}: "${id}" is missing`);
  return problems;
}

function checkNotes(notes: readonly HealthNoteDef[]): string[] {
  const problems = duplicates(
    FILES.notes,
    notes.map((note) => note.id),
  );
  const known = new Set<string>(HEALTH_NOTE_IDS);
  for (const note of notes)
    if (!known.has(note.id))
      problems.push(`${FILES.notes}: ${note.id}: not a known health note (${HEALTH_NOTE_IDS.join(', ')})`);
  for (const id of HEALTH_NOTE_IDS)
    if (!notes.some((note) => note.id === id)) problems.push(`${FILES.notes}: "${id}" is missing`);
  return problems;
}

/**
 * Each choice leans somewhere, and the quiz can suggest every archetype: answering each question with
 * its strongest choice for an archetype (among equals, the one giving the others least) puts that
 * archetype on top, as the quiz itself scores it (ties to the archetype listed first).
 */
function checkQuiz(quiz: readonly QuizQuestion[]): string[] {
  const problems = duplicates(
    FILES.quiz,
    quiz.map((question) => question.id),
  );
  if (quiz.length < QUIZ_SIZE.min || quiz.length > QUIZ_SIZE.max)
    problems.push(`${FILES.quiz}: ${quiz.length} questions; the quiz has ${QUIZ_SIZE.min}–${QUIZ_SIZE.max}`);
  for (const question of quiz) {
    problems.push(
      ...duplicates(
        `${FILES.quiz}: ${question.id}.choices`,
        question.choices.map((choice) => choice.id),
      ),
    );
    for (const choice of question.choices)
      if (!Object.values(choice.scores).some((score) => (score ?? 0) >= 1))
        problems.push(`${FILES.quiz}: ${question.id}.${choice.id}: scores no archetype`);
  }
  for (const archetype of ARCHETYPES) {
    const others = (scores: QuizQuestion['choices'][number]['scores']) =>
      ARCHETYPES.reduce((sum, other) => sum + (other === archetype ? 0 : (scores[other] ?? 0)), 0);
    const answers = quiz.map((question) => [
      question.id,
      question.choices.reduce((best, choice) => {
        const [mine, theirs] = [choice.scores[archetype] ?? 0, best.scores[archetype] ?? 0];
        return mine > theirs || (mine === theirs && others(choice.scores) < others(best.scores)) ? choice : best;
      }).id,
    ]);
    const winner = scoreQuiz(quiz, Object.fromEntries(answers)).suggested;
    if (winner !== archetype)
      problems.push(`${FILES.quiz}: no answers suggest "${archetype}": its best answers still suggest "${winner}"`);
  }
  return problems;
}

function checkTemplates(templates: readonly DayTemplate[]): string[] {
  const problems = duplicates(
    FILES.blocks,
    templates.map((template) => `${template.archetype}/${template.mode}`),
  );
  for (const archetype of ARCHETYPES)
    for (const mode of PLAN_MODES)
      if (!templates.some((template) => template.archetype === archetype && template.mode === mode))
        problems.push(`${FILES.blocks}: no template for ${archetype}/${mode}`);
  for (const template of templates) {
    const where = `${FILES.blocks}: ${template.archetype}/${template.mode}`;
    const { morning, midday, evening } = template.energyDistribution;
    const sum = morning + midday + evening;
    if (Math.abs(sum - 1) > 0.01)
      problems.push(`${where}.energyDistribution: the parts add up to ${+sum.toFixed(3)}, not 1`);
    problems.push(
      ...duplicates(
        `${where}.blocks`,
        template.blocks.map((block) => block.id),
      ),
    );
    const earlier = new Set<string>();
    for (const block of template.blocks) {
      for (const dependency of block.dependsOn)
        if (!earlier.has(dependency))
          problems.push(
            `${where}.${block.id}.dependsOn: "${dependency}" is not a block defined before it in this template`,
          );
      problems.push(...duplicates(`${where}.${block.id}.holds`, block.holds));
      if (block.anchor === 'lunch' && block.durationMinutes > MAX_LUNCH_BLOCK)
        problems.push(
          `${where}.${block.id}: ${block.durationMinutes} minutes at lunch; at most ${MAX_LUNCH_BLOCK}, to leave time to eat`,
        );
      earlier.add(block.id);
    }
  }
  return problems;
}

/** The archetype's habits with difficulty in (above, upTo]. */
const opened = (habits: readonly HabitEntry[], archetype: Archetype, above: number, upTo: number) =>
  habits.filter(
    ({ habit }) => habit.archetypes.includes(archetype) && habit.difficulty > above && habit.difficulty <= upTo,
  );

function checkLevels(levels: readonly LevelDef[], habits: readonly HabitEntry[] | undefined): string[] {
  const problems = duplicates(
    FILES.levels,
    levels.map((level) => level.id),
  );
  for (const archetype of ARCHETYPES) {
    const own = levels.filter((level) => level.archetype === archetype);
    if (own.length < MIN_LEVELS)
      problems.push(`${FILES.levels}: ${archetype} has ${own.length} levels, needs ${MIN_LEVELS}`);
    own.forEach((level, index) => {
      const before = index === 0 ? 0 : own[index - 1]!.maxDifficulty;
      if (level.maxDifficulty <= before)
        problems.push(`${FILES.levels}: ${level.id}.maxDifficulty: ${level.maxDifficulty} must be above ${before}`);
      else if (habits && opened(habits, archetype, before, level.maxDifficulty).length === 0)
        problems.push(
          `${FILES.levels}: ${level.id}: opens no ${archetype} habit (none with difficulty ${before + 1}–${level.maxDifficulty})`,
        );
      // Advancing needs that many mastered habits up to the cap; with fewer open, the person is stuck.
      const open = habits ? opened(habits, archetype, 0, level.maxDifficulty).length : Infinity;
      if (open < level.masterToAdvance)
        problems.push(
          `${FILES.levels}: ${level.id}.masterToAdvance: ${level.masterToAdvance}, but only ${open} ${archetype} habits go up to difficulty ${level.maxDifficulty}`,
        );
    });
    const last = own.at(-1);
    if (last && last.maxDifficulty !== 10)
      problems.push(`${FILES.levels}: ${last.id}.maxDifficulty: the last level of ${archetype} must open up to 10`);
  }
  return problems;
}

/** Counts, unique ids, references and cycles across all the habit files. */
function checkHabits(entries: readonly HabitEntry[]): string[] {
  const problems: string[] = [];
  if (entries.length < MIN_HABITS)
    problems.push(`habits/: ${entries.length} habits; the repertoire needs ${MIN_HABITS}`);
  for (const archetype of ARCHETYPES) {
    const count = entries.filter(({ habit }) => habit.archetypes.includes(archetype)).length;
    if (count < MIN_PER_ARCHETYPE)
      problems.push(`habits/: ${count} habits fit ${archetype}; each archetype needs ${MIN_PER_ARCHETYPE}`);
  }
  const byId = new Map<string, HabitEntry>();
  for (const entry of entries) {
    const first = byId.get(entry.habit.id);
    if (first) problems.push(`${entry.file}: ${entry.habit.id}: id already used in ${first.file}`);
    else byId.set(entry.habit.id, entry);
  }
  const notes = new Set<string>(HEALTH_NOTE_IDS);
  for (const { file, habit } of entries) {
    const where = `${file}: ${habit.id}`;
    for (const note of habit.contraindications)
      if (!notes.has(note)) problems.push(`${where}: contraindications: "${note}" is not a health note id`);
    problems.push(...duplicates(`${where}: prerequisites`, habit.prerequisites));
    for (const id of habit.prerequisites) problems.push(...prerequisiteProblems(where, habit, byId.get(id), id));
    for (const [days, bonus] of Object.entries(habit.streakBonuses))
      if (bonus.habit !== undefined && !byId.has(bonus.habit))
        problems.push(`${where}: streakBonuses.${days}: unknown habit "${bonus.habit}"`);
  }
  problems.push(...cycles(entries, byId));
  return problems;
}

/**
 * A prerequisite must exist, be no harder than the habit it opens (a level opens by difficulty), and
 * fit every archetype the habit fits: a person is only offered their archetype's habits, so a
 * prerequisite outside it could never be mastered and the habit would stay locked for good.
 */
function prerequisiteProblems(where: string, habit: HabitDef, prerequisite: HabitEntry | undefined, id: string) {
  if (!prerequisite) return [`${where}: prerequisites: unknown habit "${id}"`];
  if (id === habit.id) return [`${where}: prerequisites: a habit cannot require itself`];
  const problems: string[] = [];
  if (prerequisite.habit.difficulty > habit.difficulty)
    problems.push(
      `${where}: prerequisites: "${id}" (difficulty ${prerequisite.habit.difficulty}) is harder than the habit (${habit.difficulty})`,
    );
  const missing = habit.archetypes.filter((archetype) => !prerequisite.habit.archetypes.includes(archetype));
  if (missing.length > 0)
    problems.push(`${where}: prerequisites: "${id}" does not fit ${missing.join(', ')}, so it stays locked for them`);
  return problems;
}

/** Each prerequisite cycle once, as `a → b → a`, named by the file of the habit it was found from. */
function cycles(entries: readonly HabitEntry[], byId: ReadonlyMap<string, HabitEntry>): string[] {
  const problems: string[] = [];
  const done = new Set<string>();
  const visit = (id: string, path: string[]): void => {
    if (done.has(id)) return;
    const at = path.indexOf(id);
    if (at >= 0) {
      const loop = [...path.slice(at), id];
      problems.push(`${byId.get(id)!.file}: ${id}: prerequisites: a cycle ${loop.join(' → ')}`);
      return;
    }
    for (const next of byId.get(id)?.habit.prerequisites ?? [])
      if (next !== id && byId.has(next)) visit(next, [...path, id]);
    done.add(id);
  };
  for (const { habit } of entries) visit(habit.id, []);
  return problems;
}

/**
 * Every block can be filled: each category it holds has a habit of the archetype short enough for it,
 * and a beginner (first level, nothing mastered yet) has something to do in it at that part of the
 * day — the planner only puts a habit into blocks of the parts it names, so a bedtime habit does not
 * fill a morning block.
 */
function checkBlockFits(
  templates: readonly DayTemplate[],
  entries: readonly HabitEntry[],
  levels: readonly LevelDef[] | undefined,
): string[] {
  const problems: string[] = [];
  for (const template of templates) {
    const { archetype } = template;
    const own = entries.map(({ habit }) => habit).filter((habit) => habit.archetypes.includes(archetype));
    const first = levels?.find((level) => level.archetype === archetype);
    for (const block of template.blocks) {
      const where = `${FILES.blocks}: ${archetype}/${template.mode}.${block.id}`;
      const fits = (habit: HabitDef, category: HabitCategory) =>
        habit.category === category && habit.durationMinutes <= block.durationMinutes;
      for (const category of block.holds)
        if (!own.some((habit) => fits(habit, category)))
          problems.push(
            `${where}.holds: no ${category} habit for ${archetype} takes ${block.durationMinutes} minutes or less`,
          );
      if (!first) continue;
      const forBeginner = own.filter(
        (habit) =>
          habit.prerequisites.length === 0 &&
          habit.difficulty <= first.maxDifficulty &&
          block.holds.some((category) => fits(habit, category)),
      );
      const beginner = `a beginner (${first.id}, difficulty ≤ ${first.maxDifficulty}, no prerequisites)`;
      if (forBeginner.length === 0) problems.push(`${where}: nothing for ${beginner} fits it`);
      else if (!forBeginner.some((habit) => habit.parts?.includes(block.part) ?? true))
        problems.push(
          `${where}: nothing for ${beginner} fits it in the ${block.part}; ${forBeginner.map((habit) => habit.id).join(', ')} would, but their parts leave out the ${block.part}`,
        );
    }
  }
  return problems;
}

/**
 * The other direction: every habit has a place. Some block of a template of an archetype it names
 * takes it — its category, a part of the day it names, its energy (at most medium on a recovery day)
 * and its length, as the planner checks — or it would sit in the repertoire and never be planned. A
 * long or weekly habit finds its place in a free-day block (`days: free`).
 */
function checkHabitPlaces(templates: readonly DayTemplate[], entries: readonly HabitEntry[]): string[] {
  return entries.flatMap(({ file, habit }) => {
    const own = templates.filter((template) => habit.archetypes.includes(template.archetype));
    if (own.some((template) => template.blocks.some((block) => blockTakes(block, habit, template.mode)))) return [];
    const parts = habit.parts?.join('/') ?? 'any part';
    return [
      `${file}: ${habit.id}: no block of a ${habit.archetypes.join(', ')} template takes it (${habit.category}, ${parts}, ${habit.energy} energy, ${habit.durationMinutes} minutes), so it is never planned; shorten it or give it a block (a long or weekly habit: a free-day block)`,
    ];
  });
}

/** One user-visible text of the pack, with where it is. */
interface Text {
  where: string;
  lang: string;
  text: string;
}

/** Every `{ en, ru }` text inside `items`, each named by its file, item id and field path. */
function textsOf(file: string, items: readonly object[]): Text[] {
  const texts: Text[] = [];
  const walk = (value: unknown, path: string): void => {
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record.en === 'string' && typeof record.ru === 'string') {
      for (const lang of ['en', 'ru'] as const) texts.push({ where: path, lang, text: record[lang] as string });
      return;
    }
    for (const [key, inner] of Object.entries(record)) {
      // A block is easier to find by its id than by its place in the list.
      const id = Array.isArray(value) ? (inner as { id?: unknown } | null)?.id : undefined;
      const step = typeof id === 'string' ? id : key;
      walk(inner, path ? `${path}.${step}` : step);
    }
  };
  items.forEach((item, index) => {
    const record = item as { id?: string; archetype?: string; mode?: string };
    const label = record.id ?? (record.mode ? `${record.archetype}/${record.mode}` : `#${index + 1}`);
    const before = texts.length;
    walk(item, '');
    for (const text of texts.slice(before)) text.where = `${file}: ${label}: ${text.where}`;
  });
  return texts;
}

/**
 * What no health text may say: study claims, percentages, cures and treatments, guarantees,
 * supplements, extreme cold, fasting protocols, glucose monitors. The texts give general, safe advice
 * in "may help" words; anything stronger is a claim nobody here can stand behind.
 */
const NEVER: ReadonlyArray<{ pattern: RegExp; what: string }> = [
  {
    pattern:
      /\b(?:stud(?:y|ies)|research|science|scientists|trials?)\s+(?:has\s+|have\s+)?(?:show|prove|found|find|suggest|demonstrat|confirm)\w*/i,
    what: 'a study claim',
  },
  {
    pattern: /\b(?:19|20)\d\d\b[^.]{0,30}\bstudy\b|\bclinically\b|\bscientifically\b|\bproven\b/i,
    what: 'a study claim',
  },
  { pattern: /\d+\s?%|\bper ?cent\b|процент/i, what: 'a percentage' },
  { pattern: /\bcur(?:e|es|ed|ing)\b/i, what: 'a medical promise (cure)' },
  {
    // "treat" as a verb of medicine; not "a small treat", "treat yourself", "treat the goal as a guide".
    pattern:
      /(?<!\b(?:a|the|small|little|tiny|sweet|special|healthy|simple|weekend)\s)\btreat(?:s|ed|ing)?\b(?!\s+(?:yourself|myself|oneself|ourselves|themselves)\b)(?!(?:\s+[\w']+){0,4}?\s+(?:as|like|kindly|gently|well|right|badly)\b)|\btreatments?\b/i,
    what: 'a medical promise (treat)',
  },
  { pattern: /\bguarantee/i, what: 'a guarantee' },
  { pattern: /nootropic|supplement/i, what: 'supplements or nootropics' },
  { pattern: /\bice[- ]?baths?\b|\bcold[- ]plunges?\b/i, what: 'extreme cold' },
  { pattern: /\bfasting\s+protocols?\b|\bintermittent\s+fasting\b/i, what: 'a fasting protocol' },
  { pattern: /\bCGMs?\b|\bcontinuous\s+glucose\b/i, what: 'glucose monitoring' },
  { pattern: /исследовани|доказан|доказал/iu, what: 'a study claim' },
  { pattern: /излеч|(?<!\p{L})(?:вы)?леч(?:ит|ат|ени|еб|ил)/iu, what: 'a medical promise (лечит)' },
  { pattern: /гарантир/iu, what: 'a guarantee' },
  { pattern: /ноотроп|(?<!\p{L})бад(?:ы|ов|ам|ами|ах)?(?!\p{L})|добавк/iu, what: 'supplements or nootropics' },
  { pattern: /ледян|прорубь|моржеван/iu, what: 'extreme cold' },
  { pattern: /голодани/iu, what: 'a fasting protocol' },
];

/** Exported for the test of the never-list itself. */
export function neverMatch(text: string): string | undefined {
  for (const { pattern, what } of NEVER) {
    const match = pattern.exec(text);
    if (match) return `${what}: "${match[0]}"`;
  }
  return undefined;
}

function neverProblems(texts: readonly Text[]): string[] {
  return texts.flatMap(({ where, lang, text }) => {
    const found = neverMatch(text);
    return found ? [`${where}.${lang}: says ${found} (see content/health/README.md, safety of claims)`] : [];
  });
}
