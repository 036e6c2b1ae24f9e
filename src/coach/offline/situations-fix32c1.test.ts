import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const CAFFEINE = ['quit-caf-count', 'quit-caf-taper', 'quit-caffeine', 'quit-caf-cutoff', 'quit-caf-sleep'];
const ALCOHOL = [
  'quit-alcohol-doctor',
  'quit-alcohol-doctor-plain',
  'quit-alcohol-start',
  'quit-alcohol-start-full',
  'quit-alcohol-evenings',
  'quit-alcohol-home',
];
const QUIT_DATES = ['quit-date', 'quit-date-full', 'quit-now'];
const NO_TARGET_YET = ['car-01', 'car-03', 'car-04'];
const TEEN = ['car-teen-places', 'car-teen-cv', 'car-teen-ask', 'car-teen-visit', 'car-teen-scheme'];

describe('the thirty-second blind read, fixed in general (helper fix32c1)', () => {
  it('reads a stimulant taken to study as a medicine — the doctor first, never a caffeine taper', async () => {
    const en = await tap(
      'quit',
      "Stop using my brother's Ritalin to get through deadlines",
      'He gives me a few tablets a week and I take them with an energy drink before long shifts at my desk. My chest races at night.',
      'en',
    );
    expect(en.keys[0]).toBe('quit-meds-gp');
    for (const key of [...CAFFEINE, ...QUIT_DATES]) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'quit',
      'Перестать пить модафинил перед сессией',
      'Беру у подруги, пью с кофе, чтобы не спать ночами над конспектами.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-meds-gp');
    for (const key of [...CAFFEINE, ...QUIT_DATES]) expect(ru.keys).not.toContain(key);
    // No medicine named: coffee keeps its step-down.
    const near = await tap('quit', 'Drink less coffee', 'Six cups a day and my hands shake by lunch.', 'en');
    expect(near.keys).toContain('quit-caf-taper');
    expect(near.keys).not.toContain('quit-meds-gp');
    // A medicine to keep taking, in a building kind, is never claimed by the quitting path.
    const keep = await tap('habit', 'Take my sertraline at the same time every day', 'I keep forgetting it.', 'en');
    expect(keep.keys).not.toContain('quit-meds-gp');
  });

  it('reads sedative drops taken each night as a medicine — no day one, no alcohol steps, the bottle kept', async () => {
    const ru = await tap(
      'quit',
      'Отвыкнуть от валокордина перед сном',
      'Мне 71, капаю каждый вечер лет восемь, уже по пятьдесят капель, без него не засыпаю. Сын говорит вылить всё в раковину.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-drops-gp');
    expect(ru.keys).toContain('quit-drops-tell');
    for (const key of [...ALCOHOL, ...QUIT_DATES, 'quit-meds-gp']) expect(ru.keys).not.toContain(key);
    expect(ru.text).toMatch(/флакон пока остаётся/);
    const en = await tap(
      'quit',
      'Come off the Corvalol drops I take to sleep',
      'My grandmother got me on them when I moved here; now I drink thirty drops every night.',
      'en',
    );
    expect(en.keys[0]).toBe('quit-drops-gp');
    for (const key of [...ALCOHOL, ...QUIT_DATES]) expect(en.keys).not.toContain(key);
    // Tablets, not drops: the tablet wording stays.
    const near = await tap('quit', 'Come off the zopiclone', 'Every night for two years.', 'en');
    expect(near.keys[0]).toBe('quit-meds-gp');
    expect(near.keys).not.toContain('quit-drops-gp');
  });

  it('lets "stop completely" win over a cutting-down word read elsewhere — no drinking limit, the safe start', async () => {
    const en = await tap(
      'quit',
      'Give up beer for good',
      "Four or five pints most nights. I don't want to cut back this time, I want to stop completely: not a drop from the first of the month.",
      'en',
      ['Drinking'],
    );
    expect(en.keys).not.toContain('quit-reduce-limit');
    expect(en.keys).not.toContain('quit-reduce-log');
    expect(en.keys).toContain('quit-alcohol-start-full');
    expect(en.keys.indexOf('quit-alcohol-doctor')).toBeLessThan(en.keys.indexOf('quit-alcohol-start-full'));
    const ru = await tap(
      'quit',
      'Бросить пить водку',
      'Пью почти каждый вечер, по выходным больше. Хочу не сократить, а бросить — ни капли.',
      'ru',
      ['Алкоголь'],
    );
    expect(ru.keys).not.toContain('quit-reduce-limit');
    expect(ru.keys).toContain('quit-alcohol-start-full');
    // Cutting down is the goal: the limit stays, and no day one.
    const near = await tap('quit', 'Drink less wine', "I'd like to cut down to weekends only.", 'en', ['Drinking']);
    expect(near.keys).toContain('quit-reduce-limit');
    expect(near.keys).not.toContain('quit-alcohol-start-full');
  });

  it('explores first when a career ends on someone else’s clock — no "the role you want" and no teen steps', async () => {
    const en = await tap(
      'career',
      "Plan what's next once professional cricket is over",
      "I'm 29 and the county told me my contract won't be renewed after this season. I've got a coaching badge and not much else on paper.",
      'en',
      ['Career'],
    );
    expect(en.keys[0]).toBe('car-ch-skills');
    for (const key of NO_TARGET_YET) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'career',
      'Решить, чем заниматься после большого спорта',
      'Мне 30, с 18 лет играю в хоккей за клуб, контракт не продлят. Кроме хоккея ничего не умею.',
      'ru',
      ['Карьера'],
    );
    expect(ru.keys[0]).toBe('car-ch-skills');
    for (const key of [...NO_TARGET_YET, ...TEEN]) expect(ru.keys).not.toContain(key);
    // A teenager after a summer job keeps the teen steps.
    const near = await tap('career', 'Найти подработку на лето', 'Мне 16, хочу работать в июле.', 'ru', ['Карьера']);
    expect(near.keys[0]).toBe('car-teen-places');
  });

  it('gives a trade with its own school (a lineman) the trade route, not a CV headline', async () => {
    const en = await tap(
      'career',
      'Become a lineworker for the power company',
      "I'm 22, stocking shelves since school. There's a trade school two hours away and I'd need a commercial licence too.",
      'en',
      ['An apprenticeship'],
    );
    expect(en.keys[0]).toBe('car-trade-route');
    expect(en.keys).not.toContain('car-04');
    const ru = await tap(
      'career',
      'Стать электромонтёром на ЛЭП',
      'Мне 20, после армии работаю грузчиком, высоты не боюсь.',
      'ru',
      ['Рабочая профессия'],
    );
    expect(ru.keys[0]).toBe('car-trade-route');
    expect(ru.keys).not.toContain('car-04');
    // An office role keeps the ordinary path.
    const near = await tap('career', 'Become a data analyst', 'I have done a bit of SQL.', 'en', ['Career']);
    expect(near.keys).not.toContain('car-trade-route');
  });

  it('reads an employer’s own way in once — no ten ads or a second person after the route steps', async () => {
    const ru = await tap(
      'career',
      'Перейти из уборщиц в операторы линии на нашем заводе',
      'Мне 47. На заводе свой учебный центр, обучают сами, но нужна медкомиссия, а у меня сахар.',
      'ru',
      ['Карьера', 'Переход'],
    );
    expect(ru.keys[0]).toBe('car-route-reqs');
    for (const key of ['car-sw-ads', 'car-sw-route', 'car-sw-talk']) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'career',
      'Switch to driving buses at the depot where I clean',
      'The company runs its own training course for staff, but there is a medical check and I have diabetes.',
      'en',
      ['Career', 'Switching'],
    );
    expect(en.keys[0]).toBe('car-route-reqs');
    for (const key of ['car-sw-ads', 'car-sw-route', 'car-sw-talk']) expect(en.keys).not.toContain(key);
    // A switch with no employer's route keeps the ads and the course comparison.
    const near = await tap(
      'career',
      'Switch from accounting into data analytics',
      "Eight years in accounts, I've done a bit of SQL.",
      'en',
      ['Switching'],
    );
    expect(near.keys[0]).toBe('car-sw-ads');
    expect(near.keys).toContain('car-sw-route');
  });

  it('puts the library card first when the library is named as the way to the books', async () => {
    const en = await tap(
      'reading',
      'Start reading novels',
      'Never been a reader. Our local library is two streets away.',
      'en',
    );
    expect(en.keys[0]).toBe('read-library-first');
    expect(en.keys).not.toContain('read-library');
    const ru = await tap('reading', 'Читать по книге в месяц', 'Мне 14, библиотека рядом со школой.', 'ru');
    expect(ru.keys[0]).toBe('read-library-first');
    // A card already held: no card step first.
    const near = await tap(
      'reading',
      'Read more this year',
      "I have a library card but never use it; the library's near my office.",
      'en',
    );
    expect(near.keys).not.toContain('read-library-first');
    expect(near.keys[0]).toBe('read-pick-short');
  });
});
