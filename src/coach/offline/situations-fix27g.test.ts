import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);
const BEES = ['skill-bees-doctor', 'skill-bees-mentor', 'skill-bees-kit', 'skill-bees-first', 'skill-bees-plan'];
const FORAGE = [
  'skill-forage-guide',
  'skill-forage-mentor',
  'skill-forage-rule',
  'skill-forage-first',
  'skill-forage-log',
];
const GAME = ['skill-game-cold', 'skill-game-mentor', 'skill-game-kit', 'skill-game-guide', 'skill-game-day'];
const ONE_HAND = [
  'skill-onehand-ask',
  'skill-type-test',
  'skill-onehand-course',
  'skill-onehand-short',
  'skill-onehand-dictate',
];
const AURAL = ['exam-aural-reqs', 'exam-aural-teacher', 'exam-aural-ear', 'exam-aural-sing', 'exam-aural-plan'];
const ALONE = ['skill-03', 'skill-04', 'skill-05', 'skill-06', 'skill-08', 'skill-11'];
const someOf = (keys: string[], prefix: string) => keys.some((key) => key.startsWith(prefix));

describe('the twenty-seventh blind read, fixed in general (helper fix27g)', () => {
  it('gives a new beekeeper a doctor for stings, a mentor, the full kit and a first hive opened together — never alone with a video', async () => {
    const en = await firstFive(
      'skill',
      'Start keeping bees in the back garden',
      'Bought two hives from a retiring neighbour; a wasp sting once made my whole arm balloon.',
    );
    expect(en.keys).toEqual(BEES);
    const ru = await firstFive(
      'skill',
      'Освоить пчеловодство',
      'Купил дачу, а там три улья. Опыта нет, после укуса однажды распухло лицо.',
      'ru',
    );
    expect(ru.keys).toEqual(BEES);
    expect(ru.keys.some((key) => ALONE.includes(key))).toBe(false);
    // Wherever the goal was placed, the title's bee words bring the same first steps.
    for (const kind of ['generic', 'family', 'creative']) {
      const other = await firstFive(kind, 'Look after the beehives my grandad left me', 'No idea where to begin.');
      expect(other.keys[0], kind).toBe('skill-bees-doctor');
      expect(
        other.keys.some((key) => ALONE.includes(key)),
        kind,
      ).toBe(false);
    }
  });

  it('leaves beeswax candles and a spelling bee alone', async () => {
    const wax = await firstFive('skill', 'Научиться делать свечи из пчелиного воска', 'Для подарков.', 'ru');
    expect(someOf(wax.keys, 'skill-bees-')).toBe(false);
    const spell = await firstFive('skill', 'Get better at spelling for the school spelling bee', 'My son is 10.');
    expect(someOf(spell.keys, 'skill-bees-')).toBe(false);
  });

  it('gives wild mushrooms a regional guide, an experienced picker and a household rule — never identification alone', async () => {
    const en = await firstFive(
      'skill',
      'Learn to identify wild mushrooms safely',
      'We moved next to a big forest and the kids want to help; I only know the supermarket ones.',
    );
    expect(en.keys).toEqual(FORAGE);
    const ru = await firstFive(
      'skill',
      'Начать собирать грибы',
      'Купили дом у леса, соседи ходят каждый день, а я боюсь перепутать.',
      'ru',
    );
    expect(ru.keys).toEqual(FORAGE);
    const other = await firstFive('generic', 'Научиться отличать грибы', 'Сезон скоро.', 'ru');
    expect(other.keys[0]).toBe('skill-forage-guide');
  });

  it('leaves a mushroom risotto and a nail fungus alone', async () => {
    const risotto = await firstFive('skill', 'Cook a proper mushroom risotto', 'For a dinner party.');
    expect(someOf(risotto.keys, 'skill-forage-')).toBe(false);
    const soup = await firstFive('skill', 'Научиться варить грибной суп', 'Как у бабушки.', 'ru');
    expect(someOf(soup.keys, 'skill-forage-')).toBe(false);
  });

  it('gives a first carcass of game the cold, a helper, the kit and a plan for the day — no weekly practice', async () => {
    const en = await firstFive(
      'skill',
      'Process my own deer this season',
      'First tag ever; my dad always did it but he moved away. No walk-in cooler.',
    );
    expect(en.keys).toEqual(GAME);
    const ru = await firstFive(
      'skill',
      'Научиться разделывать кабана',
      'В этом году впервые взял лицензию, раньше разделывал тесть.',
      'ru',
    );
    expect(ru.keys).toEqual(GAME);
  });

  it('leaves venison cooked and vegetables stewed alone', async () => {
    const stew = await firstFive('skill', 'Cook venison stew', 'A friend gave me some meat.');
    expect(someOf(stew.keys, 'skill-game-')).toBe(false);
    const veg = await firstFive('skill', 'Научиться готовить: тушу овощи', 'Хочу разнообразия.', 'ru');
    expect(someOf(veg.keys, 'skill-game-')).toBe(false);
  });

  it('gives someone who types with one hand a one-handed course, short sessions and dictation — no ten fingers', async () => {
    const en = await firstFive(
      'skill',
      'Touch typing with my left hand only',
      'An accident took most of the use of my right hand; I get tired quickly.',
    );
    expect(en.keys).toEqual(ONE_HAND);
    expect(en.keys).not.toContain('skill-type-home');
    expect(en.text).not.toContain('ten fingers');
    const ru = await firstFive(
      'skill',
      'Освоить слепую печать одной рукой',
      'После инсульта правая рука почти не работает, хочу вернуться в офис.',
      'ru',
    );
    expect(ru.keys).toEqual(ONE_HAND);
  });

  it('leaves two-handed touch typing as it was', async () => {
    const en = await firstFive('skill', 'Learn touch typing', 'I type with two fingers and look at the keys.');
    expect(en.keys).toContain('skill-type-home');
    expect(someOf(en.keys, 'skill-onehand-')).toBe(false);
  });

  it('gives a solfeggio or ear-training exam a teacher who plays dictations and daily ear work — no timed mock on day one', async () => {
    const ru = await firstFive(
      'exam',
      'Подготовиться к сольфеджио на вступительных',
      'Поступаю в колледж искусств, музыкальной школы не заканчивал, сдаю ещё ЕГЭ.',
      'ru',
    );
    expect(ru.keys).toEqual(AURAL);
    expect(ru.keys).not.toContain('exam-practice');
    const en = await firstFive(
      'exam',
      'Pass the aural and music theory test for conservatoire entry',
      'I sing but have never had a theory lesson; auditions are in March.',
    );
    expect(en.keys).toEqual(AURAL);
  });

  it('names an entrance exam as one, even when the ЕГЭ is named too', async () => {
    const ru = await firstFive(
      'exam',
      'Сдать вступительный по рисунку в художку',
      'Параллельно готовлюсь к ЕГЭ, экзамен в июле.',
      'ru',
    );
    expect(ru.text).toContain('вступительный экзамен');
    expect(ru.text).not.toContain('школьный экзамен');
    const ege = await firstFive('exam', 'Сдать ЕГЭ по профильной математике', 'Экзамен в июне.', 'ru');
    expect(ege.text).not.toContain('вступительный экзамен');
  });

  it('says "organisation" in Russian, not "a company or a university", for any interview', async () => {
    const ru = await firstFive(
      'interview',
      'Собеседование в областную администрацию',
      'На должность ведущего специалиста отдела культуры, через две недели.',
      'ru',
    );
    expect(ru.keys).toContain('intv-02');
    expect(ru.text).toContain('Изучи организацию');
    expect(ru.text).not.toContain('компанию или вуз');
  });
});
