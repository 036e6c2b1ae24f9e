import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { ARCHETYPES, HABIT_CATEGORIES, PLAN_MODES, type QuizQuestion } from '../core/health/model.js';
import { contentDir } from './load-coach-pack.js';
import { scoreQuiz } from '../core/health/quiz.js';
import { loadHealthPack, neverMatch } from './load-health-pack.js';

const REAL = join(contentDir(), 'health');
const FRAME = ['archetypes.yaml', 'notes.yaml', 'quiz.yaml', 'blocks.yaml', 'levels.yaml'];

const text = (en: string) => ({ en, ru: `Текст: ${en}` });

/** A complete, valid habit; tests break one thing in it. */
function habit(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    name: text(`Habit ${id}`),
    category: 'movement',
    archetypes: ['foundation_builder'],
    difficulty: 2,
    prerequisites: [],
    durationMinutes: 10,
    parts: ['morning', 'midday', 'evening'],
    energy: 'low',
    intensity: 'easy',
    implementation: { technique: text('Walk slowly'), equipment: text('None'), timing: text('After breakfast') },
    scaling: { beginner: text('Five minutes'), intermediate: text('Ten minutes'), advanced: text('Twenty minutes') },
    contraindications: [],
    education: {
      simple: text('A short walk may help you feel more awake.'),
      detailed: text('Walking gets the body moving gently. Start slowly and stop if anything hurts.'),
      benefits: [text('More energy'), text('A calmer mind')],
      steps: [text('Put on your shoes'), text('Walk for five minutes'), text('Come back home')],
      modifications: {
        lowEnergy: text('Walk around the room'),
        highEnergy: text('Walk a little faster'),
        shortOnTime: text('Walk for two minutes'),
        travel: text('Walk around the hotel'),
        season: text('In winter, dress warmly'),
      },
      successIndicators: [text('You walked'), text('You feel fresher')],
      troubleshooting: [text('If it rains, walk indoors'), text('If you forget, set a reminder')],
      completionCriteria: text('Walked for five minutes'),
      preparation: [text('Put your shoes by the door')],
      environment: [text('Outside, or indoors when it rains')],
    },
    streakBonuses: {
      '7': text('Unlock: longer walks'),
      '14': text('Unlock: new routes'),
      '30': text('Unlock: a walk with a friend'),
    },
    ...overrides,
  };
}

describe('the health pack', () => {
  let dir = '';
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  /** The real frame files plus the given habit files, in a scratch folder. */
  function scratchPack(habits: Record<string, unknown[]>): string {
    dir = mkdtempSync(join(tmpdir(), 'health-pack-'));
    for (const file of FRAME) cpSync(join(REAL, file), join(dir, file));
    mkdirSync(join(dir, 'habits'));
    for (const [category, list] of Object.entries(habits))
      writeFileSync(join(dir, 'habits', `${category}.yaml`), stringify(list));
    return dir;
  }
  const edit = (root: string, file: string, change: (data: never) => unknown) =>
    writeFileSync(join(root, file), stringify(change(parse(readFileSync(join(root, file), 'utf8')) as never)));
  const problemsOf = (root: string) => {
    const loaded = loadHealthPack(root);
    expect(loaded.ok).toBe(false);
    return loaded.ok ? [] : loaded.problems;
  };

  it('loads: six archetypes, a template for each archetype and mode, levels, and the full repertoire', () => {
    const loaded = loadHealthPack();
    if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
    const { archetypes, notes, quiz, templates, levels, habits } = loaded.pack;
    expect(archetypes.map((archetype) => archetype.id).sort()).toEqual([...ARCHETYPES].sort());
    expect(notes).toHaveLength(14);
    expect(quiz.length).toBeGreaterThanOrEqual(6);
    expect(templates).toHaveLength(ARCHETYPES.length * PLAN_MODES.length);
    for (const archetype of ARCHETYPES) {
      expect(levels.filter((level) => level.archetype === archetype).length).toBeGreaterThanOrEqual(3);
      expect(habits.filter((one) => one.archetypes.includes(archetype)).length).toBeGreaterThanOrEqual(20);
    }
    expect(habits.length).toBeGreaterThanOrEqual(90);
    for (const category of HABIT_CATEGORIES) expect(habits.some((one) => one.category === category)).toBe(true);
  });

  it('has a quiz that suggests Resilience Rebuilder after burnout and Peak Performer to a numbers person', () => {
    const quiz = parse(readFileSync(join(REAL, 'quiz.yaml'), 'utf8')) as QuizQuestion[];
    const burnout = {
      mornings: 'tired',
      tracking: 'feel',
      obstacles: 'hard_times',
      energy: 'low',
      company: 'quiet',
      change: 'get_back',
      coming_back: 'yes_recent',
    };
    const result = scoreQuiz(quiz, burnout);
    expect(result.suggested).toBe('resilience_rebuilder');
    expect(result.because[0]!.en).toBe('mornings have been hard lately');
    const numbers = { ...burnout, mornings: 'early_sharp', tracking: 'numbers', change: 'fine_tune', energy: 'high' };
    expect(
      scoreQuiz(quiz, { ...numbers, obstacles: 'plateau', company: 'solo_focus', coming_back: 'ready_for_challenge' })
        .suggested,
    ).toBe('peak_performer');
  });

  it('reports an archetype that no answers to the quiz can suggest', () => {
    const root = scratchPack({ movement: [habit('walk')] });
    edit(root, 'quiz.yaml', (quiz: QuizQuestion[]) =>
      quiz.map((question) => ({
        ...question,
        choices: question.choices.map((choice) => ({
          ...choice,
          scores: {
            ...choice.scores,
            resilience_rebuilder: 0,
            foundation_builder: choice.scores.foundation_builder || 1,
          },
        })),
      })),
    );
    expect(problemsOf(root)).toContainEqual(
      expect.stringMatching(/^quiz\.yaml: no answers suggest "resilience_rebuilder"/),
    );
  });

  it('finds a cycle in prerequisites and names the file', () => {
    const root = scratchPack({
      movement: [habit('loop_a', { prerequisites: ['loop_b'] }), habit('loop_b', { prerequisites: ['loop_a'] })],
    });
    expect(problemsOf(root)).toContainEqual(
      expect.stringMatching(
        /^habits\/movement\.yaml: loop_[ab]: prerequisites: a cycle loop_(a → loop_b → loop_a|b → loop_a → loop_b)$/,
      ),
    );
  });

  it('refuses a contraindication that is not a health note, and a prerequisite that does not exist', () => {
    const root = scratchPack({
      movement: [habit('knee_bends', { contraindications: ['bad_knees'], prerequisites: ['squat_basics'] })],
    });
    const problems = problemsOf(root);
    expect(problems).toContain(
      'habits/movement.yaml: knee_bends: contraindications: "bad_knees" is not a health note id',
    );
    expect(problems).toContain('habits/movement.yaml: knee_bends: prerequisites: unknown habit "squat_basics"');
  });

  it('refuses a prerequisite that the habit’s archetypes are never offered, so the habit could never open', () => {
    const root = scratchPack({
      movement: [
        habit('plank_basics', { archetypes: ['peak_performer'] }),
        habit('long_plank', {
          archetypes: ['peak_performer', 'resilience_rebuilder'],
          prerequisites: ['plank_basics'],
        }),
      ],
    });
    expect(problemsOf(root)).toContain(
      'habits/movement.yaml: long_plank: prerequisites: "plank_basics" does not fit resilience_rebuilder, so it stays locked for them',
    );
  });

  it('reports a missing archetype', () => {
    const root = scratchPack({ movement: [habit('walk')] });
    edit(root, 'archetypes.yaml', (list: Array<{ id: string }>) =>
      list.filter((archetype) => archetype.id !== 'resilience_rebuilder'),
    );
    expect(problemsOf(root)).toContain('archetypes.yaml: "resilience_rebuilder" is missing');
  });

  it('catches study claims and medical promises in either language, naming file, habit and field', () => {
    const claims = habit('claim_walk');
    claims.education.detailed = { en: 'Studies show that walking helps.', ru: 'Ходьба помогает проснуться.' };
    claims.education.simple = { en: 'Walking may help.', ru: 'Доказано, что ходьба помогает.' };
    claims.education.benefits = [text('Sleep improves by 30%'), text('More energy')];
    const problems = problemsOf(scratchPack({ movement: [claims] }));
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^habits\/movement\.yaml: claim_walk: education\.detailed\.en: says a study claim: "Studies show"/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^habits\/movement\.yaml: claim_walk: education\.simple\.ru: says a study claim: "Доказан"/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^habits\/movement\.yaml: claim_walk: education\.benefits\.0\.en: says a percentage/),
    );
  });

  it('tells "treat" as medicine from "treat yourself" and "treat it as a guide"', () => {
    expect(neverMatch('Gentle movement treats back pain.')).toMatch(/medical promise/);
    expect(neverMatch('Это лечит бессонницу.')).toMatch(/medical promise/);
    expect(neverMatch('Treat yourself to a slow morning.')).toBeUndefined();
    expect(neverMatch('Treat the goal as a guide, not a rule.')).toBeUndefined();
    expect(neverMatch('Новое увлечение на выходные.')).toBeUndefined();
    expect(neverMatch('Play badminton with a friend; бадминтон вдвоём.')).toBeUndefined();
  });

  it('refuses a block that depends on a block not defined before it', () => {
    const root = scratchPack({ movement: [habit('walk')] });
    edit(root, 'blocks.yaml', (templates: Array<{ blocks: Array<{ dependsOn: string[] }> }>) => {
      templates[0]!.blocks[1]!.dependsOn = ['nowhere'];
      return templates;
    });
    expect(problemsOf(root)).toContainEqual(
      expect.stringMatching(
        /^blocks\.yaml: peak_performer\/standard\.\w+\.dependsOn: "nowhere" is not a block defined before it/,
      ),
    );
  });

  it('refuses an energy distribution that does not add up to 1', () => {
    const root = scratchPack({ movement: [habit('walk')] });
    edit(root, 'blocks.yaml', (templates: Array<{ energyDistribution: { evening: number } }>) => {
      templates[0]!.energyDistribution.evening += 0.3;
      return templates;
    });
    expect(problemsOf(root)).toContain(
      'blocks.yaml: peak_performer/standard.energyDistribution: the parts add up to 1.3, not 1',
    );
  });

  it('reports a level that opens nothing new and a block that no habit is short enough for', () => {
    const habits = Object.fromEntries(
      HABIT_CATEGORIES.map((category) => [category, [habit(`${category}_one`, { category })]]),
    );
    habits.movement = [habit('long_walk', { durationMinutes: 60 })];
    const problems = problemsOf(scratchPack(habits));
    expect(problems).toContain(
      'levels.yaml: fb_confidence_builder: opens no foundation_builder habit (none with difficulty 4–6)',
    );
    expect(problems).toContain(
      'blocks.yaml: foundation_builder/performance.afternoon_walk.holds: no movement habit for foundation_builder takes 40 minutes or less',
    );
  });

  it('refuses a habit that does not say when in the day it is done, or names a part twice', () => {
    const unsaid: Record<string, unknown> = habit('no_parts_walk');
    delete unsaid.parts;
    const twice = habit('twice_walk', { parts: ['evening', 'evening'] });
    const problems = problemsOf(scratchPack({ movement: [unsaid, twice, habit('nowhen_walk', { parts: [] })] }));
    expect(problems).toContain(
      'habits/movement.yaml: no_parts_walk: parts: missing: the parts of the day it is done in (morning, midday, evening)',
    );
    expect(problems).toContain('habits/movement.yaml: twice_walk: parts: a part of the day is listed twice');
    expect(problems).toContain('habits/movement.yaml: nowhen_walk: parts: name at least one part of the day');
  });

  it('reports a block whose only beginner habits are for other parts of the day', () => {
    const real = loadHealthPack();
    if (!real.ok) throw new Error(real.problems.join('\n'));
    // The real repertoire, but every sleep and mindfulness habit only in the evening: a morning block
    // holding just those two has nothing left for the morning, though bedtime breathing would fit it.
    const evening = (one: { category: string; parts?: readonly string[] }) =>
      one.category === 'sleep_recovery' || one.category === 'mindfulness' ? { ...one, parts: ['evening'] } : one;
    const habits = Object.fromEntries(
      HABIT_CATEGORIES.map((category) => [
        category,
        real.pack.habits.filter((one) => one.category === category).map(evening),
      ]),
    );
    const problems = problemsOf(scratchPack(habits));
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^blocks\.yaml: foundation_builder\/recovery\.cozy_start: nothing for a beginner \(fb_gentle_starter, difficulty ≤ 3, no prerequisites\) fits it in the morning; .*\bbreathing_before_sleep\b.* would, but their parts leave out the morning$/,
      ),
    );
    expect(problems.filter((problem) => / fits it in the (midday|evening);/.test(problem))).toEqual([]);
  });

  /** The real repertoire, by category, to copy into a scratch pack with a change. */
  function realHabits() {
    const real = loadHealthPack();
    if (!real.ok) throw new Error(real.problems.join('\n'));
    return Object.fromEntries(
      HABIT_CATEGORIES.map((category) => [category, real.pack.habits.filter((one) => one.category === category)]),
    ) as Record<string, unknown[]>;
  }
  const neverPlanned = (problems: string[]) => problems.filter((problem) => problem.includes('so it is never planned'));

  it('reports a habit that no block of its archetypes could ever take: too long, too demanding', () => {
    const habits = realHabits();
    habits.movement = [
      ...habits.movement!,
      habit('evening_marathon', { durationMinutes: 120, parts: ['evening'] }),
      habit('rebuilder_sprint', { archetypes: ['resilience_rebuilder'], energy: 'high' }),
    ];
    expect(neverPlanned(problemsOf(scratchPack(habits)))).toEqual([
      'habits/movement.yaml: evening_marathon: no block of a foundation_builder template takes it (movement, evening, low energy, 120 minutes), so it is never planned; shorten it or give it a block (a long or weekly habit: a free-day block)',
      'habits/movement.yaml: rebuilder_sprint: no block of a resilience_rebuilder template takes it (movement, morning/midday/evening, high energy, 10 minutes), so it is never planned; shorten it or give it a block (a long or weekly habit: a free-day block)',
    ]);
  });

  it('gives the long and weekly habits their place only through the free-day blocks', () => {
    const root = scratchPack(realHabits());
    edit(root, 'blocks.yaml', (templates: Array<{ blocks: Array<{ days?: string }> }>) =>
      templates.map((template) => ({ ...template, blocks: template.blocks.filter((block) => block.days !== 'free') })),
    );
    const unplaced = neverPlanned(problemsOf(root)).map((problem) => problem.split(': ')[1]);
    expect(unplaced.sort()).toEqual(
      [
        'batch_cooking',
        'deep_work_block',
        'home_cooked_week',
        'host_shared_meal',
        'host_small_gathering',
        'lead_group_activity',
        'no_phone_hour',
        'shared_meal',
        'silent_morning',
        'support_group_meeting',
        'weekend_hike',
      ].sort(),
    );
  });

  it('refuses education about a habit that does not exist, a habit no piece explains, and a source no agency published', () => {
    // Every category's file is there (empty ones too), so a habit missing from them all is really unknown.
    const empty = Object.fromEntries(HABIT_CATEGORIES.map((category) => [category, []]));
    const root = scratchPack({ ...empty, movement: [habit('walk'), habit('stretch')] });
    const piece = (id: string, relatedHabits: string[], url = 'https://www.nhs.uk/live-well/exercise/') => ({
      id,
      topic: 'physical_activity',
      type: 'tip',
      title: text('Walking'),
      body: text('Walking counts as activity.'),
      sources: [{ title: 'NHS: Exercise', url }],
      relatedHabits,
      updated: '2026-11-27',
    });
    writeFileSync(
      join(root, 'education.yaml'),
      stringify([
        piece('walking', ['walk', 'run_marathon']),
        piece('made_up', ['walk'], 'https://health-secrets.example.com/walk'),
        piece('plain_http', ['walk'], 'http://www.who.int/news-room/fact-sheets/detail/physical-activity'),
      ]),
    );
    const problems = problemsOf(root);
    expect(problems).toContain(
      'education.yaml: 1.sources.0.url: an https page of WHO, NHS, CDC, NIH, FDA or MedlinePlus',
    );
    expect(problems).toContain(
      'education.yaml: 2.sources.0.url: an https page of WHO, NHS, CDC, NIH, FDA or MedlinePlus',
    );
    // With the sources put right, the habits are checked against the repertoire.
    writeFileSync(join(root, 'education.yaml'), stringify([piece('walking', ['walk', 'run_marathon'])]));
    const again = problemsOf(root);
    expect(again).toContain('education.yaml: walking.relatedHabits: unknown habit "run_marathon"');
    expect(again).toContain('education.yaml: no item explains the habit "stretch"');
    expect(again).not.toContain('education.yaml: no item explains the habit "walk"');
  });

  it('catches a misspelt field, a text left untranslated, and a habit filed under the wrong category', () => {
    const typo = { ...habit('typo_walk'), duration: 10 };
    const untranslated = habit('english_only', { name: { en: 'Walk', ru: 'Walk' } });
    const misfiled = habit('misfiled_walk', { category: 'nutrition' });
    const problems = problemsOf(scratchPack({ movement: [typo, untranslated, misfiled] }));
    expect(problems).toContainEqual(expect.stringMatching(/^habits\/movement\.yaml: typo_walk: .*duration/));
    expect(problems).toContain('habits/movement.yaml: english_only: name.ru: the Russian text has no Russian in it');
    expect(problems).toContain(
      'habits/movement.yaml: misfiled_walk: category: "nutrition" must be "movement", as its file',
    );
  });
});
