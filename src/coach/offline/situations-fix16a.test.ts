import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the sixteenth blind read, fixed in general (helper fix16a)', () => {
  it('gives grief months on that names no goodbye its own steps, without the "soon" lists', async () => {
    const ru = await firstFive(
      'grief',
      'Живу с чувством вины, что не успел приехать к отцу',
      'Папа умер в марте, я был в командировке. Всё прокручиваю, что надо было взять отпуск.',
      'ru',
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['grief-bye-letter', 'grief-bye-aloud']));
    expect(ru.keys).not.toContain('grief-04');
    expect(ru.keys).not.toContain('grief-05');
    const en = await firstFive(
      'grief',
      'Make peace with missing the end',
      "I didn't get to say goodbye to my sister; the ward called too late.",
    );
    expect(en.keys[0]).toBe('grief-bye-letter');
  });

  it('gives going back to something shared with the one who died a return plan, not admin lists', async () => {
    const en = await firstFive(
      'grief',
      'Start going to my book club again',
      "My husband and I went together every month for years. He died last spring and I haven't been back.",
    );
    expect(en.keys.slice(0, 2)).toEqual(['grief-back-tell', 'grief-back-part']);
    expect(en.keys.some((key) => key === 'grief-04' || key === 'grief-05')).toBe(false);
    const ru = await firstFive('grief', 'Вернуться в хор после смерти жены', 'Мы пели вместе десять лет.', 'ru');
    expect(ru.keys).toContain('grief-back-tell');
    // Going back to work keeps its own steps.
    const work = await firstFive('grief', 'Go back to work after my dad died', 'First shift back on Monday.');
    expect(work.keys).not.toContain('grief-back-tell');
  });

  it("gives someone else's snoring in a shared room snoring steps, not one's own snoring or light rules", async () => {
    const ru = await firstFive(
      'sleep',
      'Высыпаться, хотя сосед храпит',
      'Живу в общежитии, сосед по комнате храпит всю ночь.',
      'ru',
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['sleep-rsnore-first', 'sleep-rsnore-move']));
    expect(ru.keys.some((key) => key.startsWith('sleep-snore-') || key.startsWith('sleep-shared-'))).toBe(false);
    const own = await firstFive('sleep', 'Stop snoring', 'My wife says I snore every night.');
    expect(own.keys).toContain('sleep-snore-doctor');
  });

  it('gives noise and light evenings at an early bedtime a dark room and masked noise, not a worry list', async () => {
    const en = await firstFive(
      'sleep',
      'Sleep before my 5am bakery start',
      "The street is noisy and it's light until ten in June.",
    );
    expect(en.keys).toEqual(expect.arrayContaining(['sleep-noise-dark', 'sleep-noise-mask']));
    expect(en.keys.some((key) => key.startsWith('sleep-shiftwork-') || key === 'sleep-worry')).toBe(false);
    const ru = await firstFive(
      'sleep',
      'Засыпать в девять вечера',
      'Летом светло до одиннадцати, а во дворе шумно.',
      'ru',
    );
    expect(ru.keys).toContain('sleep-noise-dark');
  });

  it('gives a bone density scan its own steps, not the screenings for one age', async () => {
    const en = await firstFive(
      'checkup',
      'Ask about osteoporosis',
      "I'm 60, my sister has osteoporosis and I fractured my ankle stepping off a kerb.",
    );
    expect(en.keys.slice(0, 2)).toEqual(['chk-bone-facts', 'chk-bone-ask']);
    expect(en.keys.some((key) => ['chk-01', 'chk-03', 'chk-06'].includes(key))).toBe(false);
    const ru = await firstFive(
      'checkup',
      'Сделать денситометрию',
      'Мне 59, сломала запястье, у мамы был остеопороз.',
      'ru',
    );
    expect(ru.keys).toContain('chk-bone-ask');
  });

  it('gives an outdoor gym in a yard its own steps, behind the health check, and no "ask the staff"', async () => {
    const ru = await firstFive(
      'fitness',
      'Заниматься на уличной площадке в парке',
      'Мне 45, давно ничего не делала, стесняюсь, хочу попробовать тренажёры в парке у дома.',
      'ru',
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['fit-outdoor-look', 'fit-outdoor-quiet']));
    expect(ru.keys).not.toContain('fit-watched-quiet');
    expect(ru.keys.some((key) => key.startsWith('fit-gym-'))).toBe(false);
    const en = await firstFive(
      'fitness',
      'Start using the outdoor gym in the park',
      "I'm 50 and have never exercised.",
    );
    expect(en.keys[0]).toBe('fit-02');
    expect(en.keys).toContain('fit-outdoor-first');
  });

  it('gives a habit one gives up on a "never miss twice" step that names no tracker not yet made', async () => {
    const ru = await firstFive(
      'habit',
      'Каждое утро делать зарядку',
      'Пробовала много раз, но бросаю через неделю.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hab-14');
    expect(ru.text.split('\n')[0]).not.toMatch(/трекер/);
  });

  it('gives minding a grandchild under the parents\' rules rules steps, and a parent home after bedtime no "visit"', async () => {
    const en = await firstFive(
      'family',
      'Stop arguing with my son about his rules when I babysit',
      'I have my granddaughter on Fridays; he has strict rules about screens and we keep clashing.',
    );
    expect(en.keys.slice(0, 3)).toEqual(['fam-rules-list', 'fam-rules-talk', 'fam-rules-report']);
    expect(en.keys.some((key) => key === 'fam-26' || key === 'fam-22')).toBe(false);
    const ru = await firstFive(
      'family',
      'Проводить больше времени с дочкой',
      'Прихожу с работы в девять, она уже спит. Вижу её только по выходным.',
      'ru',
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['fam-late-morning', 'fam-late-weekend']));
    expect(ru.keys).not.toContain('fam-11');
  });
});
