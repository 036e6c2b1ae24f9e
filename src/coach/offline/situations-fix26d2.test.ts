import { describe, expect, it } from 'vitest';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { tapThrough } from '../../../test/factories/converse.js';

const firstFive = tapThrough(shippedOfflineCoach().coach);

describe('the twenty-sixth blind read, fixed in general (helper fix26d2)', () => {
  it('plans a business sprint in the free time the person names — not one task every day', async () => {
    const en = await firstFive(
      'business',
      'Start a window cleaning round with my brother',
      'We both clean windows for a company that keeps most of the money. We already have six customers of our own but no price list. We are free only on Saturdays.',
      'en',
      // Their own round is not started yet (they clean for a company): since fix29d the coach asks, and they say so.
      ['Already doing it, want to get better', 'A business not started yet'],
    );
    expect(en.keys).toContain('biz-weeks-window');
    expect(en.keys).not.toContain('biz-weeks-sprint');
    expect(en.text).toContain('on Saturdays');
    const ru = await firstFive(
      'business',
      'Начать своё дело по уборке квартир с подругой',
      'Мы обе убираем квартиры через агентство, которое забирает половину. Уже есть пять своих клиентов, но цен нет. Свободны только по воскресеньям.',
      'ru',
      ['Уже занимаюсь, хочу лучше', 'Бизнес ещё не открыт'],
    );
    expect(ru.keys).toContain('biz-weeks-window');
    expect(ru.keys).not.toContain('biz-weeks-sprint');
    expect(ru.text).toContain('по воскресеньям');
    // No time named: the daily sprint stays.
    const plain = await firstFive(
      'business',
      'Start a window cleaning round with my brother',
      'We both clean windows for a company that keeps most of the money. We already have six customers of our own but no price list.',
      'en',
      ['Already doing it, want to get better', 'A business not started yet'],
    );
    expect(plain.keys).toContain('biz-weeks-sprint');
    expect(plain.keys).not.toContain('biz-weeks-window');
  });

  it('gives stiff or arthritic hands short sessions at their best time, a warm-up and a stop at pain — not a morning slot', async () => {
    const en = await firstFive(
      'instrument',
      'Take up the guitar again in retirement',
      'Rheumatoid arthritis in my fingers, they are at their stiffest in the mornings. Never had lessons.',
    );
    expect(en.keys).toContain('inst-hands-time');
    expect(en.keys).toContain('inst-hands-warm');
    expect(en.keys).not.toContain('inst-27');
    expect(en.text).not.toContain('in the mornings');
    const ru = await firstFive(
      'instrument',
      'Научиться играть на синтезаторе',
      'Мне 68, артроз пальцев, по утрам руки почти не гнутся. Ноты не знаю.',
      'ru',
    );
    expect(ru.keys).toContain('inst-hands-time');
    expect(ru.keys).not.toContain('inst-27');
    expect(ru.text).not.toContain('по утрам');
    // Fingertips sore from new strings are no joint problem: the ordinary path, with the window the person has.
    const strings = await firstFive(
      'instrument',
      'Learn to play the guitar',
      'My fingertips hurt from the strings after ten minutes. I practise in the evenings.',
    );
    expect(strings.keys).not.toContain('inst-hands-time');
    expect(strings.keys).toContain('inst-27');
    // A singer whose arthritis is in the knees keeps the voice path.
    const singer = await firstFive('instrument', 'Научиться петь', 'У меня артрит коленей, но голос в порядке.', 'ru');
    expect(singer.keys).not.toContain('inst-hands-time');
    expect(singer.keys).toContain('inst-03');
  });

  it('gives someone with no internet the office by phone and paper, and keeps help-while-waiting after applying', async () => {
    const ru = await firstFive(
      'admin',
      'Получить льготу на оплату капремонта',
      'Мне 75, не знаю, какие нужны бумаги. Интернетом не пользуюсь, телефон кнопочный.',
      'ru',
      ['Пособие, выплата или льгота'],
    );
    expect(ru.keys[0]).toBe('adm-off-call');
    expect(ru.keys).toContain('adm-off-list');
    expect(ru.keys).not.toContain('adm-ben-check');
    expect(ru.keys).not.toContain('adm-01-open');
    expect(ru.keys).not.toContain('adm-ben-advance');
    expect(ru.keys).not.toContain('adm-ben-refused');
    const en = await firstFive(
      'admin',
      'Claim pension credit for my dad',
      "He doesn't know where to start with the forms, and he's not good with computers at all.",
      'en',
      ['Claiming a benefit or allowance'],
    );
    expect(en.keys[0]).toBe('adm-off-call');
    expect(en.keys).not.toContain('adm-ben-check');
    // Online, the benefit steps stay — but waiting and refusal come after the claim, not before it.
    const online = await firstFive(
      'admin',
      'Apply for housing benefit',
      "I'm not sure which papers they want. I'll do it on the council website.",
      'en',
      ['Claiming a benefit or allowance'],
    );
    expect(online.keys[0]).toBe('adm-ben-check');
    expect(online.keys).not.toContain('adm-off-call');
    expect(online.keys.slice(0, 3)).not.toContain('adm-ben-advance');
    expect(online.keys.slice(0, 3)).not.toContain('adm-ben-refused');
    const onlineRu = await firstFive(
      'admin',
      'Оформить субсидию на оплату ЖКУ',
      'Не знаю, какие справки нужны для субсидии. Заполню на Госуслугах.',
      'ru',
      ['Пособие, выплата или льгота'],
    );
    expect(onlineRu.keys[0]).toBe('adm-ben-check');
    expect(onlineRu.keys).toContain('adm-02');
    expect(onlineRu.keys.slice(0, 3)).not.toContain('adm-ben-advance');
    expect(onlineRu.keys.slice(0, 3)).not.toContain('adm-ben-refused');
  });
});
