import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { kindProblems } from '../../content/check-coach-pack.js';
import { HORIZONS, LEVELS } from '../../content/coach-pack.schema.js';
import { createOfflineCoach } from './offline-coach.js';
import { branch } from './understand.js';

const { pack, model, coach } = shippedOfflineCoach();
const five = firstFiveWith(coach);
const soloKeys = new Set(pack.types.flatMap((kind) => kind.steps.filter((step) => step.solo).map((step) => step.key)));

describe('a risky task is learnt beside someone who knows it (`supervised` nets, `solo` steps)', () => {
  it('no branch of any supervised net, at any level, deadline or date, holds a step done alone from a video', () => {
    const nets = pack.types.flatMap((kind) =>
      (kind.situations ?? []).filter((item) => item.supervised).map((item) => ({ kind, item })),
    );
    expect(nets.map(({ item }) => item.id)).toEqual(expect.arrayContaining(['bees', 'hazard', 'well_pump']));
    for (const { kind, item } of nets)
      for (const level of LEVELS)
        for (const horizon of HORIZONS)
          for (const deadline of [true, false]) {
            const path = branch(kind.steps, { values: {}, level, horizon, deadline }, [item]);
            expect(path.filter((step) => step.solo).map((step) => `${item.id}: ${step.key}`)).toEqual([]);
            if (level === 'beginner') expect(path.some((step) => step.topics?.includes(item.id))).toBe(true);
          }
  });

  it.each([
    ['skill', 'Learn to keep bees', 'We bought two hives from a neighbour.', 'en'],
    ['skill', 'Научиться держать пчел', 'Купили два улья у соседа.', 'ru'],
    ['repair', 'Replace the pump in our well', 'The pressure keeps dropping.', 'en'],
    ['repair', 'Заменить насос в скважине', 'Давление всё время падает.', 'ru'],
  ] as const)(
    '%s "%s": the first five hold none of the practise-alone steps',
    async (kind, title, description, locale) => {
      const { keys } = await five(kind, title, description, locale);
      expect(keys.filter((key) => soloKeys.has(key))).toEqual([]);
    },
  );

  it('near miss: juggling and a leaking tap, nothing risky named, keep the practise-alone and do-it-yourself steps', async () => {
    expect((await five('skill', 'Learn to juggle', '', 'en')).keys).toContain('skill-05');
    expect((await five('repair', 'Починить протекающий кран', '', 'ru')).keys).toContain('fix-04');
  });

  it('one flag on a net keeps every solo step away, with no list of ids on the steps', async () => {
    const title = 'Learn to knit with one hand';
    const description = 'After my stroke my left hand does not work.';
    expect((await five('skill', title, description)).keys).toContain('skill-06');
    const supervisedOneHand = {
      ...pack,
      types: pack.types.map((kind) =>
        kind.id !== 'skill'
          ? kind
          : {
              ...kind,
              situations: kind.situations?.map((item) =>
                item.id === 'one_hand' ? { ...item, supervised: true as const } : item,
              ),
            },
      ),
    };
    const { keys } = await firstFiveWith(createOfflineCoach(supervisedOneHand, model))('skill', title, description);
    expect(keys.filter((key) => soloKeys.has(key))).toEqual([]);
  });

  it('the content check refuses a supervised net that is no net, solo steps of its own, or its id kept in a list', () => {
    const skill = pack.types.find((kind) => kind.id === 'skill')!;
    expect(kindProblems('skill', skill, pack.never, pack.slots)).toEqual([]);
    const bees = skill.situations!.find((item) => item.id === 'bees')!;
    const broken = {
      ...skill,
      situations: skill.situations!.map((item) => (item === bees ? { ...item, always: undefined } : item)),
      steps: skill.steps.map((step) =>
        step.key === 'skill-bees-mentor'
          ? { ...step, solo: true as const }
          : step.key === 'skill-05'
            ? { ...step, exceptTopics: [...(step.exceptTopics ?? []), 'bees'] }
            : step,
      ),
    };
    const problems = kindProblems('skill', broken, pack.never, pack.slots).join('\n');
    expect(problems).toContain('situation bees is supervised, so it is a safety net');
    expect(problems).toContain('skill.skill-bees-mentor: a step for supervised bees cannot be solo');
    expect(problems).toContain('skill.skill-05: solo already keeps it from bees');
  });

  it.each([
    ['quit', 'Бросить пить самогон', 'Сосед гонит, и по сто грамм после работы превратились в бутылку.', 'ru', 'quit-'],
    ['grief', 'Пережить смерть охотничьей собаки', 'В ноябре её порвал медведь на промысле.', 'ru', 'grief-'],
  ] as const)(
    'a risky task named in a %s goal never takes it from a path that never has the person do the task: "%s"',
    async (kind, title, description, locale, prefix) => {
      const { keys } = await five(kind, title, description, locale);
      expect(keys.filter((key) => !key.startsWith(prefix))).toEqual([]);
    },
  );

  it('near miss: a risky task placed in a building kind still goes to its net (moonshine in home, a welder in repair)', async () => {
    expect((await five('home', 'Научиться гнать самогон', '', 'ru')).keys[0]).toMatch(/^skill-risky-/);
    expect((await five('repair', 'Learn to weld', 'Never done it; I have a garage.', 'en')).keys).not.toContain(
      'fix-04',
    );
  });
});
