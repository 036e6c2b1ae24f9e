import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the forty-ninth blind read, fixed in general (helper fix49C)', () => {
  it('files a short tribunal or court claim for money back first, the letter the same day', async () => {
    const en = await tap(
      'admin',
      'get my rental deposit back',
      'The agent kept my deposit for cleaning I did. The time limit to apply to the tribunal is close and I work nights.',
      'en',
      ['Getting a deposit'],
    );
    expect(en.keys).toContain('adm-win-apply');
    expect(en.keys).not.toContain('adm-dep-letter');
    expect(en.text).not.toMatch(/14 days\b.*what you'll do if there's no reply/);
    const ru = await tap(
      'admin',
      'вернуть залог за квартиру',
      'Хозяйка не отдаёт залог 30 тысяч, говорит, что я испортила диван. Срок подачи иска скоро истекает.',
      'ru',
      ['Вернуть залог'],
    );
    expect(ru.keys).toContain('adm-win-apply');
    expect(ru.keys).not.toContain('adm-dep-letter');
    const near = await tap(
      'admin',
      'get my rental deposit back',
      'The agent kept my deposit for cleaning I did. I moved out two weeks ago.',
      'en',
      ['Getting a deposit'],
    );
    expect(near.keys).toContain('adm-dep-letter');
    expect(near.keys).not.toContain('adm-win-apply');
  });

  it('gives a permit through marriage its own order, not an appeal or naturalisation conditions', async () => {
    const ru = await tap(
      'admin',
      'Оформить вид на жительство через брак',
      'Я гражданин Узбекистана, женат на гражданке России полгода. Виза кончается через два месяца, боюсь, что могут депортировать.',
      'ru',
      ['Вид на жительство'],
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['adm-mar-order', 'adm-res-stay']));
    expect(ru.keys).not.toContain('adm-order-nosign');
    expect(ru.keys).not.toContain('adm-res-eligible');
    const en = await tap(
      'admin',
      'residence permit as the spouse of a citizen',
      "I married a Spanish citizen last year and my tourist stay ends in June. I'm afraid of being deported if I miss something.",
      'en',
      ['A residence permit'],
    );
    expect(en.keys).toContain('adm-mar-order');
    expect(en.keys).not.toContain('adm-order-deadline');
    expect(en.keys).not.toContain('adm-res-trips');
    // A ban actually received still gets the deadline to challenge it.
    const ban = await tap(
      'admin',
      'снять запрет на въезд',
      'Мне наложили запрет на въезд на пять лет, решение пришло неделю назад.',
      'ru',
      [],
    );
    expect(ban.keys).toContain('adm-order-deadline');
    // Citizenship through marriage keeps the naturalisation conditions.
    const cit = await tap(
      'admin',
      'citizenship through marriage',
      "I've been married to a citizen for three years and want to apply for citizenship.",
      'en',
      ['A residence permit'],
    );
    expect(cit.keys).not.toContain('adm-mar-order');
  });

  it('traces citizenship through an ancestor: the line, what breaks it, apostilles — no years lived or trips', async () => {
    const en = await tap(
      'admin',
      'Get Polish citizenship through my grandmother',
      'She left Krakow in 1938; I need her birth record and proof she never took another citizenship before my dad was born.',
      'en',
      ['A residence permit'],
    );
    expect(en.keys).toEqual(expect.arrayContaining(['adm-desc-line', 'adm-desc-break']));
    expect(en.keys).not.toContain('adm-res-eligible');
    expect(en.keys).not.toContain('adm-res-trips');
    const ru = await tap(
      'admin',
      'Получить гражданство Греции через прадеда',
      'Прадед уехал из Греции в 1910 году, часть метрик есть, нужен апостиль и перевод.',
      'ru',
      ['Вид на жительство'],
    );
    expect(ru.keys).toContain('adm-desc-line');
    expect(ru.keys).not.toContain('adm-res-eligible');
    const near = await tap(
      'admin',
      'Apply for citizenship',
      "I've lived here for six years and want to naturalise.",
      'en',
      ['A residence permit'],
    );
    expect(near.keys).toContain('adm-res-eligible');
    expect(near.keys).not.toContain('adm-desc-line');
  });

  it('starts retirement saving from nothing without a list of pensions one never had', async () => {
    const en = await tap(
      'finance',
      'build a retirement pot at 48',
      "I'm a freelance cleaner, I don't have a pension and nothing saved for retirement. I'd like to retire at 67 with something.",
      'en',
      ['Saving up'],
    );
    expect(en.keys).toContain('fin-nopen-state');
    expect(en.keys).not.toContain('fin-pen-find');
    expect(en.keys).not.toContain('fin-ret-forecast');
    const ru = await tap(
      'finance',
      'начать копить на пенсию',
      'Мне 50, работаю на себя, никаких пенсионных накоплений нет. Хочу выйти на пенсию в 65 не с пустыми руками.',
      'ru',
      ['Накопить'],
    );
    expect(ru.keys).toContain('fin-nopen-state');
    expect(ru.keys).not.toContain('fin-pen-find');
    const near = await tap(
      'finance',
      'can I retire at 60',
      'I have three old workplace pensions and a small state pension coming. Can I retire at 60?',
      'en',
      [],
    );
    expect(near.keys).toContain('fin-pen-find');
    expect(near.keys).not.toContain('fin-nopen-state');
  });

  it('restores papers lost in a fire without the newcomer order of numbers', async () => {
    const ru = await tap(
      'admin',
      'восстановить документы после наводнения',
      'Дом затопило, пропали паспорт, СНИЛС, полис ОМС и свидетельство о собственности.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('adm-lost-list');
    expect(ru.keys).not.toContain('adm-ids-order');
    const en = await tap(
      'admin',
      'replace everything after the house fire',
      'Our flat burned down and every document went with it: passports, my NHS number letter, the deeds.',
      'en',
      [],
    );
    expect(en.keys).not.toContain('adm-ids-order');
    const near = await tap(
      'admin',
      'get a SNILS and a tax number',
      'Я только переехала в Россию и мне нужно получить СНИЛС и ИНН.',
      'ru',
      [],
    );
    expect(near.keys).toContain('adm-ids-order');
  });
});
