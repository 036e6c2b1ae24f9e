import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGoalClassifier, GOAL_CONFIDENCE } from '../../src/coach/offline/goal-classifier.js';
import { kindNames } from '../../src/coach/offline/offline-coach.js';
import { contentDir } from '../../src/content/load-coach-pack.js';
import { sharedContent } from '../factories/app-content.js';
import { loadGoalCorpus } from '../../src/content/load-goal-corpus.js';
import { cachedGoalModel } from '../../src/main/model-cache.js';

// The shipped pack, checked once per run (test/global-setup.ts) and shared by the worker's files.
const { pack } = sharedContent();
const kinds = [...pack.types.map((kind) => kind.id), 'generic'];
const blind = loadGoalCorpus(join(contentDir(), 'goals', 'corpus'), /^blind\.jsonl$/, kinds);
if (!blind.ok) throw new Error(blind.problems.join('\n'));
const classifier = createGoalClassifier(cachedGoalModel(pack), kindNames(pack));
const pct = (part: number, of: number) => `${((100 * part) / of).toFixed(1)} %`;

describe('the goal classifier on its blind set (written apart from the training goals)', () => {
  it('has at least 2,000 training goals and 150 blind goals per language, over every kind', () => {
    expect(pack.corpus.length).toBeGreaterThanOrEqual(2000);
    for (const lang of ['en', 'ru'] as const) {
      expect(blind.goals.filter((goal) => goal.lang === lang).length).toBeGreaterThanOrEqual(150);
      expect(new Set(pack.corpus.filter((goal) => goal.lang === lang).map((goal) => goal.kind))).toEqual(
        new Set(kinds),
      );
    }
    // A blind goal is unseen when no training title equals it, holds it or is held in it (three words or more,
    // case and punctuation aside): training on "Get out of debt before the bailiffs come" would teach the blind
    // "Get out of debt". One exact short title shared by chance is tolerated.
    const words = (title: string) => ` ${(title.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;
    const training = pack.corpus.map((goal) => words(goal.title));
    const long = (title: string) => title.trim().split(' ').length >= 3;
    const overlap = blind.goals.filter((goal) => {
      const title = words(goal.title);
      return training.some(
        (seen) => seen === title || (long(title) && seen.includes(title)) || (long(seen) && title.includes(seen)),
      );
    });
    expect(overlap.length, overlap.map((goal) => goal.title).join(', ')).toBeLessThanOrEqual(1);
  });

  it.each(['en', 'ru'] as const)(
    'places at least 9 in 10 %s blind goals in their kind, and nearly every confident answer is right',
    (lang) => {
      const goals = blind.goals.filter((goal) => goal.lang === lang);
      const readings = goals.map((goal) => ({ goal, reading: classifier.classify(goal.title, goal.description, []) }));
      const right = readings.filter(({ goal, reading }) => reading.kind === goal.kind);
      const sure = readings.filter(({ reading }) => reading.sure);
      const sureRight = sure.filter(({ goal, reading }) => reading.kind === goal.kind);
      console.log(
        `goal classifier, blind ${lang}: ${pct(right.length, goals.length)} right (${right.length}/${goals.length}); ` +
          `confident on ${pct(sure.length, goals.length)}, of which ${pct(sureRight.length, sure.length)} right ` +
          `(band: p ≥ ${GOAL_CONFIDENCE.high}, margin ≥ ${GOAL_CONFIDENCE.margin})`,
      );
      expect(right.length / goals.length).toBeGreaterThanOrEqual(0.9);
      expect(sureRight.length / sure.length).toBeGreaterThanOrEqual(0.97);
    },
  );

  it.each([
    ['Read more books', '', 'reading'],
    ['Open a coffee shop', '', 'business'],
    ['Sleep better', '', 'sleep'],
    ['Fix the leaking tap in the kitchen', '', 'repair'],
    ['Prepare for a job interview in English', '', 'interview'],
    ['See my parents more often', '', 'family'],
    ['Pass my driving test', '', 'exam'],
    ['Start a small online shop', '', 'business'],
    ['Get through the custody mediation', '', 'recovery'],
    ['Stop procrastinating on my thesis', '', 'quit'],
    ['Бросить курить', '', 'quit'],
    ['Чаще видеться с родителями', '', 'family'],
    ['Навести порядок на балконе', '', 'home'],
    ['Читать по книге в месяц', '', 'reading'],
  ])('reads %j as %s', (title, description, kind) => {
    expect(classifier.classify(title, description, []).kind).toBe(kind);
  });

  it('weighs an answer less than the title: one stray word cannot flip a clear goal', () => {
    const reading = classifier.classify('Learn to draw portraits', '', [
      'I want to spend evenings drawing, maybe save some money on classes',
    ]);
    expect(reading.kind).toBe('creative');
  });

  it('takes a tapped kind name as the answer, in either language', () => {
    expect(
      classifier.classify('Something with my hands', '', [pack.types.find((kind) => kind.id === 'repair')!.name.ru])
        .kind,
    ).toBe('repair');
  });

  it('never breaks a tie by file order: the ranking is by probability', () => {
    const reading = classifier.classify('asdf qwerty', '', []);
    for (let i = 1; i < reading.ranked.length; i++)
      expect(reading.ranked[i - 1]!.p).toBeGreaterThanOrEqual(reading.ranked[i]!.p);
    expect(reading.sure).toBe(false);
  });
});
