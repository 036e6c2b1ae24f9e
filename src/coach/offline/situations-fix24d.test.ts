import { describe, expect, it } from 'vitest';
import { talkWith, tapping } from '../../../test/factories/converse.js';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the twenty-fourth blind read, fixed in general (helper fix24d)', () => {
  it('gives a credit history built from nothing a starter card and on-time payments — no late payments to hunt', async () => {
    const en = await firstFive(
      'finance',
      'Build a credit history from scratch in Canada',
      'We moved to Calgary eight months ago and have no Canadian credit at all. We want to finance a car next year.',
    );
    expect(en.keys.slice(0, 2)).toEqual(['fin-new-credit-ask', 'fin-new-credit-open']);
    expect(en.keys.some((key) => key.startsWith('fin-credit-'))).toBe(false);
    expect(en.text).not.toMatch(/apply for no new credit|your broker/);
    const ru = await firstFive(
      'finance',
      'Создать кредитную историю с нуля',
      'Никогда не брала кредитов, а через год хотим ипотеку.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fin-new-credit-ask');
    expect(ru.keys.some((key) => key.startsWith('fin-credit-'))).toBe(false);
    // A credit file with a missed payment keeps the clean-up path.
    const missed = await firstFive(
      'finance',
      'Fix my credit score before we remortgage',
      'I missed two payments on a store card in 2022 and my credit history still shows them.',
    );
    expect(missed.keys[0]).toBe('fin-credit-report');
    expect(missed.keys.some((key) => key.startsWith('fin-new-credit-'))).toBe(false);
  });

  it('gives closing a sole trader business what is owed, the missing returns and the closing — no personal deduction', async () => {
    const ru = await firstFive(
      'admin',
      'Закрыть ИП и не остаться должной налоговой',
      'ИП на упрощёнке четыре года, больше им не пользуюсь. Декларацию за прошлый год не подавала, взносы платила не все.',
      'ru',
    );
    expect(ru.keys).toEqual([
      'adm-close-owed',
      'adm-close-returns',
      'adm-close-contrib',
      'adm-close-apply',
      'adm-close-after',
    ]);
    expect(ru.text).not.toMatch(/лечени|обучени|ипотек/);
    const en = await firstFive(
      'admin',
      'Close my limited company properly',
      "I stopped trading in the spring and haven't filed this year's return yet.",
    );
    expect(en.keys[0]).toBe('adm-close-owed');
    expect(en.keys.some((key) => key.startsWith('adm-tax-'))).toBe(false);
    // A personal tax return keeps its own path.
    const tax = await firstFive(
      'admin',
      'Получить налоговый вычет за лечение зубов',
      'Лечила зубы в прошлом году.',
      'ru',
    );
    expect(tax.keys.some((key) => key.startsWith('adm-close-'))).toBe(false);
    expect(tax.keys).toContain('adm-tax-account');
  });

  it('gives a school place the admissions page, the priority rules and the schools compared before the form', async () => {
    const en = await firstFive(
      'admin',
      "Apply for my daughter's primary school place before the deadline",
      "We moved to Manchester and she starts Reception next year. The deadline is 15 January and I don't understand the catchment areas or how to rank the six choices.",
    );
    expect(en.keys).toEqual([
      'adm-school-page',
      'adm-school-rules',
      'adm-school-compare',
      'adm-school-rank',
      'adm-school-apply',
    ]);
    expect(en.keys).not.toContain('adm-05');
    const ru = await firstFive(
      'admin',
      'Записать сына в первый класс',
      'Переехали в новый район, не понимаю, какая школа закреплена за нашим домом.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['adm-school-page', 'adm-school-rules']);
    // A passport for the child keeps the ordinary documents path.
    const passport = await firstFive('admin', 'Renew my son’s passport before the summer', 'It expires in June.');
    expect(passport.keys.some((key) => key.startsWith('adm-school-'))).toBe(false);
  });

  it('gives a freelancer looking for first clients warm contacts and a simple page — no rent or stock costs', async () => {
    const en = await firstFive(
      'business',
      'Get my first five clients as a virtual assistant',
      "I was an executive assistant for ten years. No website yet, and I can't decide whether to pick a niche.",
    );
    expect(en.keys.slice(0, 2)).toEqual(['biz-svc-offer', 'biz-svc-contacts']);
    expect(en.keys).not.toContain('biz-costs');
    expect(en.text).not.toMatch(/first stock/);
    const ru = await firstFive(
      'business',
      'Найти первых клиентов как копирайтер',
      'Ушла из агентства, хочу работать на себя, но не знаю, где искать заказчиков.',
      'ru',
    );
    expect(ru.keys[0]).toBe('biz-svc-offer');
    expect(ru.keys).not.toContain('biz-costs');
    // A bakery still gets its costs.
    const bakery = await firstFive(
      'business',
      'Open a small bakery',
      'I have never run a business before and want to open next year.',
    );
    expect(bakery.keys.some((key) => key.startsWith('biz-svc-'))).toBe(false);
  });

  it('gives an old stringed instrument found in storage new strings and a check before tuning it', async () => {
    const en = await firstFive(
      'instrument',
      'Pick up the oud again',
      "I played as a teenager and stopped. Last month I found my dad's oud in the garage. The strings are ancient.",
    );
    expect(en.keys[0]).toBe('inst-stored-check');
    expect(en.keys.indexOf('inst-stored-check')).toBeLessThan(en.keys.indexOf('inst-01'));
    const ru = await firstFive(
      'instrument',
      'Снова играть на гитаре',
      'Играл в юности, гитара лежит в гараже, струны ржавые.',
      'ru',
    );
    expect(ru.keys[0]).toBe('inst-stored-check');
    // A guitar in daily use keeps the ordinary start.
    const daily = await firstFive(
      'instrument',
      'Learn guitar',
      'I bought a new acoustic guitar last week and have never played.',
    );
    expect(daily.keys).not.toContain('inst-stored-check');
  });

  it('names the official page in the generic acting path only when rules or fees are involved', async () => {
    const other = (title: string, description: string, locale: 'en' | 'ru', elsewhere: string) =>
      talkWith(coach)(null, title, description, locale, tapping([elsewhere]));
    // A specific, checkable goal that fits no kind ("Have more fun" alone reads as vague and keeps the gentle start).
    const en = await other(
      'Go to one live concert every month',
      "I'm 38 and somewhere along the way I got really boring.",
      'en',
      'Something else',
    );
    expect(en.keys).toContain('gen-act-find');
    expect(en.text).not.toMatch(/any rules, costs or dates that apply/);
    expect(en.text).toMatch(/someone who already does it/);
    const ru = await other(
      'Каждый месяц ходить на один концерт',
      'Мне 38, и где-то по дороге я стала совсем скучной.',
      'ru',
      'Другое',
    );
    expect(ru.keys).toContain('gen-act-find');
    expect(ru.text).not.toMatch(/правила, расходы или сроки/);
  });
});
