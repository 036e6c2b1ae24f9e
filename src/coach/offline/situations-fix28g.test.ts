import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { pack, coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);
const tapped = tapThrough(coach);
const solo = new Set(pack.types.flatMap((kind) => kind.steps.filter((step) => step.solo).map((step) => step.key)));
const isRisky = (key: string) => key.startsWith('skill-risky-');

describe('the twenty-eighth blind read, fixed in general (helper fix28g)', () => {
  it('learns a crop-spraying drone beside the dealer or a trainer — never a first flight along with a video', async () => {
    const ru = await tapped(
      'skill',
      'Научиться управлять агродроном',
      'Фермер купил дрон для опрыскивания, а я даже обычный квадрокоптер в руках не держал.',
      'ru',
      ['Освоение навыка', 'Только начинаю'],
    );
    expect(ru.keys[0]).toBe('skill-risky-teacher');
    expect(ru.keys.filter((key) => solo.has(key))).toEqual([]);
    const en = await firstFive(
      'skill',
      'Learn to fly our crop-spraying drone',
      'The farm bought one; nobody can fly it.',
    );
    expect(en.keys[0]).toBe('skill-risky-teacher');
    expect(en.text).toMatch(/dealer's training/);
    // The title claims it from a kind picked wrongly.
    for (const kind of ['repair', 'generic']) {
      const claimed = await firstFive(kind, 'Научиться управлять агродроном', 'С мая обработка подсолнечника.', 'ru');
      expect(claimed.keys[0], kind).toBe('skill-risky-teacher');
    }
    // A camera drone keeps the ordinary path.
    const camera = await firstFive('skill', 'Learn to fly a drone for photos', 'I bought a small DJI for holidays.');
    expect(camera.keys.some(isRisky)).toBe(false);
  });

  it("claims riding someone else's motorbike like one's own, whatever area was tapped", async () => {
    const title = "Learn to ride my brother's motorbike so I can get to college";
    const text = "I can ride a bicycle but I'm scared of the trucks on the main road.";
    for (const taps of [
      ['Learning a skill', 'Just starting'],
      ['Repairs', 'Just starting'],
      ['Something else', 'Just starting'],
    ]) {
      const en = await tapped('skill', title, text, 'en', taps);
      expect(en.keys[0], taps[0]).toBe('skill-risky-teacher');
      expect(en.keys.filter((key) => solo.has(key))).toEqual([]);
    }
    const ru = await firstFive('repair', 'Научиться ездить на мотоцикле брата', 'Брат уехал на заработки.', 'ru');
    expect(ru.keys[0]).toBe('skill-risky-teacher');
    // Fixing the brother's motorbike stays a repair.
    const fix = await firstFive('repair', "Fix my brother's motorbike", "It won't start after the winter.");
    expect(fix.keys.some(isRisky)).toBe(false);
  });

  it('reads sushi and rolls as one dish to master — a half batch with time for the rice, not a 20-minute exercise', async () => {
    const en = await tapped(
      'skill',
      'Learn to make sushi at home',
      "I've bought a bamboo mat and a bag of sushi rice and that's as far as I've got.",
      'en',
      ['Learning a skill', 'Mastering'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['skill-dish-recipe', 'skill-dish-cause', 'skill-dish-half']);
    expect(en.keys).not.toContain('skill-05');
    const ru = await tapped('skill', 'Научиться делать роллы дома', 'Купила коврик и рис.', 'ru', [
      'Освоение навыка',
      'Научиться готовить одно',
    ]);
    expect(ru.keys[0]).toBe('skill-dish-recipe');
    // Learning to cook in general keeps its own path.
    const cook = await firstFive('skill', 'Learn to cook', 'I live on takeaways.');
    expect(cook.keys.some((key) => key.startsWith('skill-dish'))).toBe(false);
  });

  it('practises a spinning cast with a sinker and plans a boat with a life jacket — wool and waders stay for fly fishing', async () => {
    const ru = await tapped(
      'skill',
      'Научиться ловить щуку на спиннинг',
      'Спиннинг и пару блёсен купил, только катушку запутал. Сосед зовёт в сентябре на лодке.',
      'ru',
      ['Освоение навыка', 'Рыбалка'],
    );
    expect(ru.keys).toContain('skill-fish-cast-spin');
    expect(ru.keys).toContain('skill-fish-boat');
    expect(ru.keys).not.toContain('skill-fish-cast');
    expect(ru.keys).not.toContain('skill-fish-water');
    expect(ru.text).not.toMatch(/спроси владельца или водоём|клочок шерсти|вейдерс/);
    const en = await tapped(
      'skill',
      'Learn to catch pike on a spinning rod',
      "A friend takes me out on his boat in the autumn; I've never caught anything.",
      'en',
      ['Learning a skill', 'Fishing'],
    );
    expect(en.keys).toContain('skill-fish-cast-spin');
    expect(en.keys).toContain('skill-fish-boat');
    // Fly fishing on a river keeps the wool on the grass and the wading rules.
    const fly = await tapped('skill', 'Learn to fly fish', "I'm fishing a river in Scotland in June.", 'en', [
      'Learning a skill',
      'Fishing',
    ]);
    expect(fly.keys).toContain('skill-fish-cast');
    expect(fly.keys).toContain('skill-fish-water');
  });

  it("starts a school's own entrance tests from what the school tests and its sample tasks — no national exam board", async () => {
    const ru = await tapped(
      'exam',
      'Подготовить сына к поступлению в кадетский корпус',
      'Он в четвёртом классе, экзамены в июне.',
      'ru',
      ['Экзамен', 'Помочь ребёнку'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['exam-entry-rules', 'exam-entry-sample']);
    expect(ru.keys).not.toContain('exam-parent-first');
    expect(ru.text).not.toContain('ФИПИ');
    const en = await tapped(
      'exam',
      'Help my daughter get through the 11 plus',
      "She's in year 5 and the test is in September.",
      'en',
      ['Exam', 'Helping my child'],
    );
    expect(en.keys[0]).toBe('exam-entry-rules');
    expect(en.keys).not.toContain('exam-parent-free');
    // A national exam, even with a lyceum after it, keeps the board's practice papers.
    const oge = await tapped('exam', 'Сдать ОГЭ и поступить в лицей', 'Сын в 9 классе, экзамен в мае.', 'ru', [
      'Экзамен',
      'Помочь ребёнку',
    ]);
    expect(oge.keys).toContain('exam-parent-free');
    expect(oge.keys).not.toContain('exam-entry-rules');
  });

  it("asks the head who prepares the class when the subject's teacher has gone — not the teacher who left", async () => {
    const ru = await tapped(
      'exam',
      'Сдать ОГЭ по математике',
      'Сын в 9 классе. Математичка уволилась в октябре, с тех пор уроки ведёт физрук. Пробник сын написал на двойку.',
      'ru',
      ['Помочь ребёнку'],
    );
    expect(ru.keys).toContain('exam-parent-noteacher');
    expect(ru.keys).not.toContain('exam-parent-teacher');
    const en = await tapped(
      'exam',
      'Help my son pass GCSE maths',
      'His maths teacher left in October and the class has had supply teachers since.',
      'en',
      ['Exam', 'Helping my child'],
    );
    expect(en.keys).toContain('exam-parent-noteacher');
    expect(en.keys).not.toContain('exam-parent-teacher');
    // A teacher still there is asked.
    const kept = await tapped('exam', 'Сдать ОГЭ по математике', 'Сын в 9 классе, пробник на тройку.', 'ru', [
      'Помочь ребёнку',
    ]);
    expect(kept.keys).toContain('exam-parent-teacher');
  });

  it('gives a move to day shifts asked of a supervisor the talk with her own manager — no vacancy, STAR stories or interviewers', async () => {
    const ru = await tapped(
      'interview',
      'Попросить заведующую перевести меня на дневные смены',
      'Я фармацевт в круглосуточной аптеке, третий год работаю в ночь через двое. Заведующая не любит, когда что-то просят.',
      'ru',
      ['Собеседование', 'Попросить'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['intv-ask-one', 'intv-ask-their-side']);
    for (const key of ['intv-01', 'intv-02', 'intv-03', 'intv-04', 'intv-05']) expect(ru.keys).not.toContain(key);
    const en = await tapped(
      'interview',
      'Ask my ward manager to move me to day shifts',
      "I've done nights for four years and they're wrecking my sleep.",
      'en',
      ['Interview', 'Asking my own'],
    );
    expect(en.keys[0]).toBe('intv-ask-one');
    // A job interview keeps the interview path.
    const job = await firstFive(
      'interview',
      'Job interview at a pharmacy chain',
      "It's next Tuesday for a pharmacist role.",
    );
    expect(job.keys[0]).toBe('intv-01');
  });

  it('reads the afternoon as the time someone has, and evenings with no light or a college left behind as no time at all', async () => {
    const jamb = await firstFive(
      'exam',
      'Score 250+ in JAMB',
      'The UTME is in late April. Light goes off most evenings so I can only read in the afternoon. I scored 190 in the school mock.',
    );
    expect(jamb.text).toContain('in the afternoons');
    expect(jamb.text).not.toContain('in the evenings');
    for (const busy of [
      'Light goes off most evenings.',
      'I work evenings at the shop.',
      'I work at the store most afternoons.',
    ]) {
      const dark = await firstFive(
        'exam',
        'Score 250+ in JAMB',
        `The UTME is in late April. ${busy} I scored 190 in the mock.`,
      );
      expect(dark.keys, busy).toContain('exam-calendar');
      expect(dark.keys, busy).not.toContain('exam-calendar-window');
    }
    const ru = await firstFive(
      'exam',
      'Сдать ЕГЭ по химии',
      'Экзамен через три месяца. Вечером света нет, могу только днём.',
      'ru',
    );
    expect(ru.text).toContain('днём');
    expect(ru.text).not.toContain('по вечерам');
    const graft = await firstFive(
      'skill',
      'learn to graft avocado seedlings',
      "I'm back on my parents' shamba after college didn't work out. The rains start in March.",
    );
    expect(graft.text).not.toContain('in the evenings');
    // Evenings said as free time stay evenings.
    const evenings = await firstFive(
      'exam',
      'Score 250+ in JAMB',
      'The UTME is in late April. I can study in the evenings after school. I scored 190 in the school mock.',
    );
    expect(evenings.text).toContain('in the evenings');
  });
});
