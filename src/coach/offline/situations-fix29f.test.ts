import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { tapThrough } from '../../../test/factories/converse.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);
const tap = tapThrough(coach);

const PULL = ['rec-pull-message', 'rec-pull-steady', 'rec-pull-say', 'rec-pull-short'];

describe('the twenty-ninth blind read, fixed in general (helper fix29f)', () => {
  it('sends no messages or outings to children whose visits are set at a family centre', async () => {
    const en = await tap(
      'recovery',
      'See my children again, his family keeps them from me',
      'After the divorce the court gave me Friday visits at the family centre with my two boys, 5 and 7, but his mother brings them late or not at all.',
      'en',
      ['A court order already in place'],
    );
    for (const key of PULL) expect(en.keys).not.toContain(key);
    expect(en.keys).toContain('rec-sup-between');
    const order = await tap(
      'recovery',
      'My daughter refuses to come to the visits',
      'The court ordered visits with a social worker present, and now she refuses to come.',
      'en',
      ['A court order already in place'],
    );
    for (const key of PULL) expect(order.keys).not.toContain(key);
    const ru = await tap(
      'recovery',
      'Сын не хочет приходить на встречи',
      'Суд назначил встречи с сыном в центре помощи семье, а теперь он отказывается приезжать и не отвечает на сообщения.',
      'ru',
      ['Порядок общения уже назначен', 'Ребёнок отдаляется'],
    );
    for (const key of PULL) expect(ru.keys).not.toContain(key);
    // A child pulling away with no supervised contact keeps the gentle message.
    const free = await tap(
      'recovery',
      'My son keeps cancelling our weekends',
      "He's 12 and says he doesn't want to come any more.",
      'en',
      ['My child is pulling away'],
    );
    expect(free.keys).toContain('rec-pull-message');
  });

  it('asks for a view on a surname change, not the hoped-for school-days arrangement', async () => {
    const en = await tap(
      'recovery',
      "My ex wants to change our daughter's surname",
      "She's 6 and with me every other weekend. Her mother has remarried and applied to court to give her the stepfather's name. The hearing is in May.",
      'en',
      ['A court case or mediation'],
    );
    expect(en.keys).toContain('rec-name-view');
    expect(en.keys).not.toContain('rec-21');
    const ru = await tap(
      'recovery',
      'Бывшая хочет сменить сыну фамилию',
      'Сыну 8, она снова вышла замуж и подала в суд, чтобы дать ему фамилию мужа. Заседание в марте, юриста у меня нет.',
      'ru',
      ['Суд или медиация'],
    );
    expect(ru.keys).toContain('rec-name-view');
    expect(ru.keys).not.toContain('rec-21');
    // A custody hearing with no name in it keeps the arrangement step.
    const custody = await tap(
      'recovery',
      'Prepare for the custody hearing',
      "My son is 7, the hearing about where he lives is in April and I don't have a solicitor.",
      'en',
      ['A court case or mediation'],
    );
    expect(custody.keys).toContain('rec-21');
    expect(custody.keys).not.toContain('rec-name-view');
  });

  it("gives a baby's parent care steps, not questions, games or the weekly shop", async () => {
    const en = await firstFive(
      'family',
      'Bond with my baby daughter',
      "She's 4 months old, my wife does everything and she cries when I hold her. I work long weeks.",
    );
    expect(en.keys.slice(0, 3)).toEqual(['fam-baby-routine', 'fam-baby-close', 'fam-baby-talk']);
    for (const key of ['fam-22', 'fam-07', 'fam-12', 'fam-27']) expect(en.keys).not.toContain(key);
    const ru = await firstFive(
      'family',
      'Сблизиться с сыном',
      'Сыну три месяца, жена всё делает сама, а у меня на руках он плачет. Работаю вахтами по городу, вижу его по выходным.',
      'ru',
    );
    expect(ru.keys).toContain('fam-baby-routine');
    for (const key of ['fam-22', 'fam-07', 'fam-12', 'fam-27']) expect(ru.keys).not.toContain(key);
    // A small child keeps the play step; once a month is no baby.
    const small = await firstFive('family', 'Play more with my son', 'He is 5.');
    expect(small.keys).toContain('fam-07');
    const monthly = await firstFive('family', 'Видеться с дочерью раз в месяц', 'Дочке 6, живёт со мной.', 'ru');
    expect(monthly.keys.filter((key) => key.startsWith('fam-baby'))).toEqual([]);
  });

  it('gives a parent who works far away calls and visits, not breakfasts, meals or errands together', async () => {
    const en = await tap(
      'family',
      'Stay close to my daughter while I work away',
      "I work in a factory in Shenzhen. She's 6 and lives with my parents in our village; I only get home for New Year.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['fam-away-slot', 'fam-away-share']);
    for (const key of ['fam-23', 'fam-07', 'fam-12', 'fam-27']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'family',
      'Не потерять связь с сыном',
      'Третий год на заработках в Петербурге, сыну 9, живёт у бабушки. Домой езжу раз в год.',
      'ru',
    );
    expect(ru.keys).toContain('fam-away-slot');
    for (const key of ['fam-23', 'fam-12', 'fam-27']) expect(ru.keys).not.toContain(key);
    // A hard talk with a father one visits in the summer: its own steps, no daily tea.
    const talk = await tap(
      'family',
      'Сказать отцу, что не буду работать в его автосервисе',
      'Учусь в Томске, каждый мой приезд начинается со скандала. Домой еду на август.',
      'ru',
    );
    expect(talk.keys).not.toContain('fam-26');
    expect(talk.keys.filter((key) => key.startsWith('fam-away'))).toEqual([]);
    // A parent at home keeps the weekly slot.
    const home = await firstFive('family', 'Spend more time with my son', 'He is 8 and I work late most days.');
    expect(home.keys).toContain('fam-23');
  });

  it('gives a quiet couple whose children have left no rows to list and no babysitter', async () => {
    const en = await tap(
      'family',
      'Talk to my husband again',
      "Our youngest went to university in September. We're not fighting, we just have nothing to say to each other.",
      'en',
      ['Time as a couple'],
    );
    for (const key of ['fam-25', 'fam-16', 'fam-15', 'fam-couple-sitter', 'fam-couple-home']) {
      expect(en.keys).not.toContain(key);
    }
    const ru = await tap(
      'family',
      'Снова разговаривать с женой',
      'Дети разъехались, мы остались вдвоём. Не ругаемся, просто не о чем говорить, вечерами молчим.',
      'ru',
      ['Время вдвоём'],
    );
    for (const key of ['fam-25', 'fam-16', 'fam-15', 'fam-couple-sitter']) expect(ru.keys).not.toContain(key);
    // A couple who argue keep the look at their rows.
    const rows = await tap('family', 'Argue less with my wife', 'We fight about money every week.', 'en');
    expect(rows.keys).toContain('fam-25');
  });
});

describe('the twenty-ninth blind read, social (helper fix29f)', () => {
  it('helps someone stay and talk at the group they already go to, not find a new one', async () => {
    const en = await tap(
      'social',
      'Talk to people after church',
      "I'm 31 and always leave during the last hymn so nobody talks to me.",
      'en',
      ['Just starting'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['soc-stay-ten', 'soc-stay-one']);
    expect(en.keys).not.toContain('soc-03');
    expect(en.keys).not.toContain('soc-08');
    const ru = await tap(
      'social',
      'Оставаться на чай после службы',
      'Хожу в храм каждое воскресенье, но после службы сразу ухожу, ни с кем не знакома.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('soc-stay-ten');
    expect(ru.keys).not.toContain('soc-03');
    // Someone with no group yet keeps "find one group".
    const none = await tap('social', 'Make new friends in my city', 'I moved here a year ago and know nobody.', 'en', [
      'Just starting',
    ]);
    expect(none.keys).toContain('soc-03');
  });

  it('gives someone far from anyone a planned trip and people online, not a barista or a 90-minute meetup', async () => {
    const en = await tap(
      'social',
      'Make some friends my own age',
      "I'm 23 and run the family cattle station. Nearest neighbour is 60 km and town is three hours' drive.",
      'en',
    );
    expect(en.keys).toContain('soc-remote-trip');
    expect(en.keys).not.toContain('soc-05');
    expect(en.keys).not.toContain('soc-08');
    const ru = await tap(
      'social',
      'Найти друзей-ровесников',
      'Мне 25, живу на хуторе, до ближайшего посёлка два часа езды.',
      'ru',
    );
    expect(ru.keys).toContain('soc-remote-trip');
    expect(ru.keys).not.toContain('soc-05');
    // A city goal keeps the everyday exchange.
    const city = await tap(
      'social',
      'Talk to more people',
      'I work from home in London and barely speak to anyone.',
      'en',
      ['Just starting'],
    );
    expect(city.keys).toContain('soc-05');
  });
});
