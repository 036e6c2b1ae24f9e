import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the seventeenth blind read, fixed in general (helper fix17a)', () => {
  it('plans sleep around the Ramadan fast: two blocks, suhoor, a nap — no fixed wake time, eight hours or caffeine cut-off', async () => {
    const en = await firstFive(
      'sleep',
      'Cope with tiredness in Ramadan',
      'Suhoor at 4, iftar at 8 and night prayers, then work at 7.',
    );
    expect(en.keys[0]).toBe('sleep-ramadan-blocks');
    expect(en.keys).toEqual(expect.arrayContaining(['sleep-ramadan-suhoor', 'sleep-ramadan-nap']));
    expect(en.keys.some((key) => ['sleep-wake', 'sleep-bedtime', 'sleep-caffeine', 'sleep-shift'].includes(key))).toBe(
      false,
    );
    const ru = await firstFive(
      'sleep',
      'Высыпаться в уразу',
      'Держу пост, встаю на сухур, а утром ранние смены.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sleep-ramadan-blocks');
    expect(ru.keys.some((key) => ['sleep-wake', 'sleep-bedtime', 'sleep-caffeine'].includes(key))).toBe(false);
  });

  it('reads racing thoughts about work at bedtime as work running into the night, with no caffeine cut-off', async () => {
    const ru = await firstFive(
      'sleep',
      'Перестать думать о работе ночью',
      'Ложусь и до двух часов прокручиваю рабочие мысли.',
      'ru',
    );
    expect(ru.keys).toContain('sleep-work-close');
    expect(ru.keys).not.toContain('sleep-caffeine');
    const en = await firstFive(
      'sleep',
      'Switch off at night',
      'I lie there replaying conversations from the office until 2am.',
    );
    expect(en.keys).toContain('sleep-work-cutoff');
    expect(en.keys).not.toContain('sleep-caffeine');
  });

  it('gives one-to-one time with one child no whole-family meal', async () => {
    const en = await firstFive(
      'family',
      'Have one-on-one time with my daughter',
      'With three kids she never gets me to herself.',
    );
    expect(en.keys).not.toContain('fam-12');
    const ru = await firstFive(
      'family',
      'Проводить время вдвоём с сыном',
      'Средний ребёнок, ему всегда достаётся меньше внимания.',
      'ru',
    );
    expect(ru.keys).not.toContain('fam-12');
  });

  it("books a child's test as the child's appointment, without the parent's medicines or age screenings", async () => {
    const en = await firstFive(
      'checkup',
      'Get my daughter tested for a milk allergy',
      'She is three and gets a rash after yoghurt.',
    );
    expect(en.keys[0]).toBe('chk-child-book');
    expect(en.keys.some((key) => key === 'chk-05' || key === 'chk-06')).toBe(false);
    const ru = await firstFive(
      'checkup',
      'Обследовать ребёнка на аллергию',
      'Сыну четыре, после орехов опухли губы.',
      'ru',
    );
    expect(ru.keys[0]).toBe('chk-child-book');
    expect(ru.keys.some((key) => key === 'chk-05' || key === 'chk-06')).toBe(false);
  });

  it('reads "ringing the surgery" as no hearing test, and tiredness as a symptom to book with the GP', async () => {
    const en = await firstFive(
      'checkup',
      'Finally see the GP about being tired all the time',
      'I keep putting off ringing the surgery.',
    );
    expect(en.keys.some((key) => key.startsWith('chk-hear-'))).toBe(false);
    expect(en.keys[0]).toBe('chk-sym-book');
    expect(en.keys).not.toContain('chk-spec-referral');
  });

  it('gives no "soon" list of practical tasks after losing a friend or months on', async () => {
    const en = await firstFive(
      'grief',
      'Get through losing my best friend',
      'She died last spring and I still cannot look at her photos.',
    );
    expect(en.keys.some((key) => key === 'grief-04' || key === 'grief-05')).toBe(false);
    const ru = await firstFive(
      'grief',
      'Пережить смерть лучшего друга',
      'Его нет уже полгода, а мне всё так же плохо.',
      'ru',
    );
    expect(ru.keys.some((key) => key === 'grief-04' || key === 'grief-05')).toBe(false);
  });

  it('finds parents going through the same thing through a support group, not a hobby club or a barista', async () => {
    const ru = await firstFive(
      'social',
      'Найти родителей особых детей',
      'У сына ДЦП, хочется общаться с теми, кто через это проходит.',
      'ru',
    );
    expect(ru.keys[0]).toBe('soc-same-find');
    expect(ru.keys.some((key) => key === 'soc-03' || key === 'soc-05')).toBe(false);
    const en = await firstFive(
      'social',
      'Meet other parents of autistic kids',
      'Our son was diagnosed this year and I feel alone.',
    );
    expect(en.keys[0]).toBe('soc-same-find');
    expect(en.keys.some((key) => key === 'soc-03' || key === 'soc-05')).toBe(false);
  });

  it("keeps a therapist's daily exercises at the therapist's amount: no restart review or half the volume", async () => {
    const ru = await firstFive(
      'habit',
      'Делать с дочкой упражнения логопеда каждый день',
      'Занимаемся раз в неделю, а надо ежедневно по 10 минут.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hab-set-card');
    expect(ru.keys.some((key) => ['hab-02', 'hab-03', 'hab-07'].includes(key))).toBe(false);
    const en = await firstFive(
      'habit',
      'Do the speech therapy practice with my son daily',
      'We used to do it, then it slipped to once a week.',
    );
    expect(en.keys.some((key) => ['hab-02', 'hab-03', 'hab-07'].includes(key))).toBe(false);
  });

  it('gives a court order the other parent ignores a log of missed visits, not a proposed arrangement', async () => {
    const ru = await firstFive(
      'recovery',
      'Добиться встреч с сыном по решению суда',
      'Бывшая жена не выполняет решение суда, сына не отдаёт.',
      'ru',
    );
    expect(ru.keys).toContain('rec-breach-log');
    expect(ru.keys).not.toContain('rec-21');
    const en = await firstFive(
      'recovery',
      'See my kids as the court ordered',
      "Their mum keeps ignoring the order and won't open the door.",
    );
    expect(en.keys).not.toContain('rec-21');
  });
});
