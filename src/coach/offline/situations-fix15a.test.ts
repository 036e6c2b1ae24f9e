import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the fifteenth blind read, fixed in general (helper fix15a)', () => {
  it('gives a hot bedroom heat steps, not a caffeine cut-off or a sleep diary first', async () => {
    const en = await firstFive(
      'sleep',
      'Sleep through hot summer nights',
      'My loft room gets to 28 degrees and I lie awake, no air con.',
    );
    expect(en.keys.slice(0, 4)).toEqual(['sleep-heat-shade', 'sleep-heat-air', 'sleep-heat-bed', 'sleep-heat-place']);
    expect(en.text).not.toMatch(/caffeine/i);
    const ru = await firstFive(
      'sleep',
      'Высыпаться в жару',
      'В квартире душно, кондиционера нет, засыпаю в три ночи.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sleep-heat-shade');
  });

  it('gives long daytime naps nap steps, not a night-insomnia plan', async () => {
    const en = await firstFive(
      'sleep',
      'Stop napping for hours',
      "I lie down after lunch and wake at 5, then can't sleep till 2.",
    );
    expect(en.keys).toEqual([
      'sleep-nap-alarm',
      'sleep-nap-early',
      'sleep-nap-place',
      'sleep-nap-wake',
      'sleep-nap-walk',
    ]);
    const ru = await firstFive(
      'sleep',
      'Спать днём недолго',
      'Прилягу после обеда и сплю до вечера, ночью не могу уснуть.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sleep-nap-alarm');
    const baby = await firstFive(
      'sleep',
      'Get more sleep with a newborn',
      'The baby naps for 40 minutes and wakes every two hours at night.',
    );
    expect(baby.keys.some((key) => key.startsWith('sleep-nap-'))).toBe(false);
  });

  it('gives regular calls with a far-away relative calls steps, no tickets, treats or video', async () => {
    const en = await firstFive(
      'family',
      'Call my grandma every week',
      "She's 90 and lives in another city, doesn't use video.",
    );
    expect(en.keys).toEqual(expect.arrayContaining(['fam-calls-slot', 'fam-calls-easy']));
    expect(en.keys.some((key) => ['fam-02', 'fam-21', 'fam-05', 'fam-24'].includes(key))).toBe(false);
    const ru = await firstFive(
      'family',
      'Чаще звонить маме',
      'Мама живёт в Новосибирске, разница во времени четыре часа, звоню раз в месяц.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-calls-slot');
    expect(ru.text).not.toMatch(/билеты|видеозвон/);
  });

  it("gives a child's appointment child steps, not the parent's own check-ups or dental fear", async () => {
    const en = await firstFive(
      'checkup',
      "Get my daughter's booster done",
      "She's five and missed it last year, she hates needles.",
    );
    expect(en.keys[0]).toBe('chk-child-book');
    expect(en.text).not.toMatch(/every medicine, vitamin/i);
    const ru = await firstFive(
      'checkup',
      'Сводить дочку к детскому стоматологу',
      'Ей 7, зуб шатается, а в поликлинике записи нет на месяц.',
      'ru',
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['chk-child-book', 'chk-child-ready']));
    const own = await firstFive('checkup', 'Book my smear test', "I'm 30 and overdue.");
    expect(own.keys.some((key) => key.startsWith('chk-child-'))).toBe(false);
  });

  it('gives pelvic floor exercises from a physio daily-habit steps, not a beginner fitness plan', async () => {
    const en = await firstFive(
      'fitness',
      'Remember my kegels every day',
      'Since my second child I leak a little when I sneeze.',
    );
    expect(en.keys[0]).toBe('fit-pf-anchor');
    expect(en.text).not.toMatch(/gentle 10-minute walk/i);
    const ru = await firstFive(
      'fitness',
      'Делать упражнения Кегеля каждый день',
      'После родов подтекает при кашле, врач дал комплекс, а я забываю.',
      'ru',
    );
    expect(ru.keys).toContain('fit-pf-followup');
  });

  it("gives parents at a child's new school school steps, not a hobby club", async () => {
    const ru = await firstFive(
      'social',
      'Найти друзей среди мам из класса дочки',
      'Мы новенькие, в родительском чате все уже общаются.',
      'ru',
    );
    expect(ru.keys[0]).toBe('soc-school-chat');
    const en = await firstFive(
      'social',
      'Get to know other parents at the school gate',
      'My son just started year 1 and I know nobody.',
    );
    expect(en.keys).toContain('soc-school-playdate');
  });

  it('never names the other parent in the first message to an estranged adult child', async () => {
    const en = await firstFive(
      'recovery',
      'Win back my 22-year-old daughter',
      "She took her dad's side after we split and has not spoken to me for a year.",
    );
    expect(en.text).not.toMatch(/message to your (father|mother|dad|mum)/i);
  });
});
