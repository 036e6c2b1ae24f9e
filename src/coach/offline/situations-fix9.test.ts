import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { aCoachContext } from '../../../test/factories/coach-context.js';
import { objectTagProblems } from '../../content/check-coach-pack.js';
import { contentDir, loadCoachPack } from '../../content/load-coach-pack.js';
import { createGoalClassifier } from './goal-classifier.js';
import { createHoldingReader } from './holdings.js';
import { kindNames } from './offline-coach.js';
import { createSlotReader } from './slots.js';
import { createReader } from './understand.js';

const { pack, model, coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);
const holdings = createHoldingReader(pack.objects);
const has = (...texts: string[]) => holdings.read(texts).has;
const allSteps = [...pack.types.flatMap((kind) => kind.steps), ...pack.generic.steps];

describe('the eighth blind review, second pass: fixed in general (issue 16, helper fix9)', () => {
  describe('"already + object": a step for what the person already has is skipped', () => {
    it('skips booking a test that is booked, and the theory app after the theory is passed', async () => {
      const booked = await firstFive('exam', 'Pass my practical driving test', 'The test is booked in three weeks.');
      expect(booked.keys).not.toContain('exam-book');
      const notYet = await firstFive('exam', 'Pass my practical driving test', "I haven't booked the test yet.");
      expect(notYet.keys).toContain('exam-book');
      const theory = await firstFive('exam', 'Сдать на права', 'Теорию уже сдала, вождение пока плохо.', 'ru');
      expect(theory.keys).not.toContain('exam-driving-app');
      expect(theory.text).not.toMatch(/приложение/);
    });

    it('skips the app and the tutor a language learner already has', async () => {
      const plain = await firstFive('language', 'Learn Italian', 'Total beginner, starting this month.');
      expect(plain.keys).toEqual(expect.arrayContaining(['lang-02']));
      const equipped = await firstFive(
        'language',
        'Learn Italian',
        'Total beginner. I already have a tutor on Tuesdays and the Duolingo app on my phone.',
      );
      expect(equipped.keys).not.toContain('lang-02');
      expect(equipped.keys).not.toContain('lang-12');
      expect(equipped.text).not.toMatch(/install|trial lesson/i);
    });

    it('skips booking a dentist the person has already booked', async () => {
      const text = 'Не была у стоматолога пять лет, болит зуб.';
      const before = await firstFive('checkup', 'Вылечить зубы', text, 'ru');
      expect(before.keys.some((key) => /^chk-dent-.*(book|find)$/.test(key))).toBe(true);
      const after = await firstFive(
        'checkup',
        'Вылечить зубы',
        `${text} Уже записалась к стоматологу на четверг.`,
        'ru',
      );
      expect(after.keys.some((key) => /^chk-dent-.*(book|find)$/.test(key))).toBe(false);
    });

    it('skips booking flights and a bed that are booked, and a flat search with the keys in hand', async () => {
      const rome = await firstFive('travel', 'Five days in Rome in May', 'Flights and the hotel are booked already.');
      expect(rome.keys).not.toContain('trip-book-first');
      expect(rome.keys).not.toContain('trip-bed');
      const keys = await firstFive(
        'moving',
        'Переехать в свою квартиру',
        'Ключи уже на руках, съезжаем со съёмной через месяц.',
        'ru',
      );
      expect(keys.keys).not.toContain('move-09');
    });

    it('skips finding a crochet pattern that was found, and the gym for a member', async () => {
      const hare = await firstFive(
        'creative',
        'Связать зайца крючком',
        'Схему нашла, но ничего в ней не понимаю.',
        'ru',
      );
      expect(hare.keys).not.toContain('cre-hook-find');
      expect(hare.keys).toContain('cre-hook-pattern');
      const gym = await firstFive('fitness', 'Start going to the gym', "I've got a gym membership I never use.");
      expect(gym.keys).not.toContain('fit-gym-pick');
    });

    it('reads a wish, a negation, another clause or no time as nothing in hand', () => {
      expect(has('Learn guitar', 'I want to buy a guitar and get a tutor.')).toEqual([]);
      expect(has('Learn guitar', "I don't have a teacher yet.")).toEqual([]);
      expect(has('Learn Spanish', 'I want a tutor and I already have an app.')).toEqual(['app']);
      expect(has('Связать свитер', 'Хочу купить пряжу.')).toEqual([]);
      expect(has('Исправить осанку', 'В зал ходить некогда, есть коврик.')).toEqual([]);
      expect(has('Get my spouse visa sorted', '')).toEqual([]);
      expect(has('Научиться водить', 'Права уже получил, но за рулём боюсь.')).toEqual(['licence']);
      expect(has('Pass my driving test', "I've booked the test for March.")).toEqual(['test_date']);
    });
  });

  describe('a problem the person names comes first, behind a safety check', () => {
    it('puts the plan for nerves first for someone who freezes in the test', async () => {
      const steps = await firstFive(
        'exam',
        'Pass my driving test',
        'I know how to drive, but I freeze as soon as the examiner gets in.',
      );
      expect(steps.keys[0]).toBe('exam-nerves');
    });

    it('puts the low-impact session second, behind the joint check, when walking hurts', async () => {
      const knee = await firstFive('fitness', 'Lose weight before my knee replacement', 'Walking hurts and I am 61.');
      expect(knee.keys.slice(0, 2)).toEqual(['fit-knee-check', 'fit-knee-low']);
    });

    it('puts the craving plan first for someone who slips in the evening', async () => {
      const smoke = await firstFive(
        'quit',
        'Бросить курить',
        'Днём держусь, а вечером срываюсь вечером после работы.',
        'ru',
      );
      expect(smoke.keys[0]).toBe('quit-craving-card');
    });
  });

  describe('the content check validates the tags', () => {
    it('finds nothing wrong with the shipped tags', () => {
      expect(objectTagProblems(pack.objects, allSteps)).toEqual([]);
    });

    it('refuses a tag on a missing step, an unknown thing or problem, and a skippable gate', () => {
      const steps: typeof pack.objects.steps = { ...pack.objects.steps, 'no-such-step': { gives: ['app'] } };
      steps['lang-02'] = { gives: ['spaceship'] };
      steps['exam-nerves'] = { addresses: ['hiccups'] };
      steps['fit-02'] = { gate: true, gives: ['gym'] };
      const problems = objectTagProblems({ ...pack.objects, steps }, allSteps).join('\n');
      expect(problems).toMatch(/no-such-step: no step has this key/);
      expect(problems).toMatch(/lang-02: gives an unknown thing "spaceship"/);
      expect(problems).toMatch(/exam-nerves: addresses an unknown problem "hiccups"/);
      expect(problems).toMatch(/fit-02: a safety check is never skipped/);
    });

    // Parses and validates the whole coach pack (1.9 MB of hazards alone): 10–19 s on a loaded CI worker, near the default 20 s.
    it('stops the pack from loading when a tag names a step it does not have', () => {
      const root = mkdtempSync(join(tmpdir(), 'stepwise-objects-'));
      try {
        cpSync(join(contentDir(), 'goals'), root, { recursive: true });
        const file = join(root, 'objects.yaml');
        writeFileSync(file, `${readFileSync(file, 'utf8')}\n  no-such-step:\n    gives: [app]\n`);
        const loaded = loadCoachPack(root);
        expect(loaded.ok).toBe(false);
        expect(loaded.ok ? [] : loaded.problems).toEqual(['objects.yaml: steps.no-such-step: no step has this key']);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    }, 60_000);
  });

  describe('the eighth read’s open items', () => {
    it('gives a heritage learner speaking steps, not a level test', async () => {
      const nani = await firstFive(
        'language',
        'Learn enough Punjabi to talk to my nani',
        'She is 84 and her English is basic, and as a kid I only ever understood bits.',
      );
      expect(nani.keys.slice(0, 2)).toEqual(['lang-her-listen', 'lang-her-say']);
      expect(nani.text).not.toMatch(/level test|English/);
      const ru = await firstFive(
        'language',
        'Заговорить на армянском',
        'Бабушка говорит со мной по-армянски, я всё понимаю, но ответить не могу.',
        'ru',
      );
      expect(ru.keys[0]).toBe('lang-her-listen');
      expect(ru.text).toMatch(/армянский/);
    });

    it('gives a knitter learning crochet a hook and the magic ring, not a knitting kit', async () => {
      const hare = await firstFive(
        'creative',
        'Связать внучке зайца крючком',
        'Спицами вяжу всю жизнь, носки и варежки, а крючок в руках не держала.',
        'ru',
      );
      expect(hare.keys.slice(0, 3)).toEqual(['cre-hook-kit', 'cre-hook-basics', 'cre-hook-ring']);
      expect(hare.keys).not.toContain('cre-knit-kit');
      const en = await firstFive('creative', 'Crochet a granny square blanket', 'I have knitted for years.');
      expect(en.text).toMatch(/hook/);
      expect(en.text).not.toMatch(/needles in the size/);
    });

    it('has a eulogy written, then practised aloud with someone ready to read on', async () => {
      const eulogy = await firstFive(
        'grief',
        "Write the eulogy for my uncle's funeral",
        "The funeral is on Friday. I'm scared I'll break down halfway through.",
      );
      expect(eulogy.keys.slice(0, 3)).toEqual(['grief-words', 'grief-eulogy-aloud', 'grief-eulogy-backup']);
      const ru = await firstFive('grief', 'Сказать прощальное слово на похоронах папы', '', 'ru');
      expect(ru.text).toMatch(/вслух/);
    });

    it('tells young children about a death in plain words', async () => {
      for (const [title, locale] of [
        ['What do I tell my kids about their grandma dying', 'en'],
        ['Как сказать детям, что умер дедушка', 'ru'],
      ] as const) {
        const kids = await firstFive('grief', title, '', locale);
        expect(kids.keys.slice(0, 2), title).toEqual(['grief-kids-words', 'grief-kids-tell']);
      }
    });

    it('helps with an older child’s jealousy of a new baby, not with dinner questions', async () => {
      const sib = await firstFive(
        'family',
        'Чтобы старший не ревновал к малышке',
        'Сыну пять, дочке четыре месяца. Сын стал драться и снова писается по ночам.',
        'ru',
      );
      expect(sib.keys.every((key) => key.startsWith('fam-sib-'))).toBe(true);
      const en = await firstFive('family', 'Help my son stop being jealous of the baby', '');
      expect(en.keys[0]).toBe('fam-sib-time');
    });

    it('reads «Стать собранной» as getting organised, not the gentle generic start', async () => {
      const reader = createReader(
        pack,
        createGoalClassifier(model, kindNames(pack)),
        createSlotReader(pack.slots),
        holdings,
      );
      const read = reader.understand(
        aCoachContext({ goal: { id: 'g', title: 'Стать собранной', description: '', goalType: null }, locale: 'ru' }),
      );
      expect(read.kind?.id).toBe('habit');
      const steps = await firstFive('habit', 'Стать собранной', '', 'ru');
      expect(steps.keys[0]).toBe('hab-org-inbox');
      expect(steps.keys).not.toContain('gen-01');
    });

    it('sends a learner to a graded reader before a novel above their level', async () => {
      const novel = await firstFive(
        'reading',
        'Read a whole novel in Spanish',
        'I am about B1. I gave up at chapter three because I was looking up every other word.',
      );
      expect(novel.keys[0]).toBe('read-level-graded');
      expect(novel.keys).not.toContain('read-pick-next');
      expect(novel.keys).not.toContain('read-challenge');
      const ru = await firstFive(
        'reading',
        'Прочитать Гарри Поттера на английском',
        'Уровень A2, лезу в словарь на каждой строчке.',
        'ru',
      );
      expect(ru.keys[0]).toBe('read-level-graded');
    });
  });
});
