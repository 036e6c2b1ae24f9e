import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the forty-seventh blind read (47b), fixed in general (helper fix48E)', () => {
  it('asks the family which language to learn before any level test or unprepared talk', async () => {
    const en = await tap(
      'language',
      "learn my husband's family's language",
      "My husband's family is from Barcelona. They speak Catalan at home but Spanish with everyone else, so I don't know which one to learn.",
      'en',
      ['Learning a language'],
    );
    expect(en.keys[0]).toBe('lang-which-ask');
    expect(en.keys).not.toContain('lang-15');
    expect(en.keys).not.toContain('lang-16');
    const ru = await tap(
      'language',
      'выучить язык семьи жены',
      'Жена из Казани, её родители дома говорят по-татарски, а со мной по-русски. Не знаю, какой язык учить, чтобы с ними говорить.',
      'ru',
    );
    expect(ru.keys).toContain('lang-which-ask');
    const near = await tap(
      'language',
      'learn Spanish to talk to my in-laws',
      "My wife's family is from Seville and her parents only speak Spanish. I want to chat with them at Christmas.",
      'en',
      ['Learning a language'],
    );
    expect(near.keys).not.toContain('lang-which-ask');
  });

  it('sets the day’s share of an app loan aside only after the loans are listed', async () => {
    const en = await tap(
      'finance',
      'clear the phone loans',
      'I drive a taxi and get paid every day. I owe two loan apps and they keep calling me about late payments.',
      'en',
      ['Money', 'Paying off loans or debts'],
    );
    expect(en.keys).not.toContain('fin-cash-daily');
    if (en.keys.includes('fin-cash-debt')) {
      expect(en.keys.indexOf('fin-pd-list')).toBeLessThan(en.keys.indexOf('fin-cash-debt'));
    }
  });

  it('books the return visit a dentist asked for instead of a hospital check nobody sent the person to', async () => {
    const en = await tap(
      'quit',
      'give up paan',
      'I chew paan about ten times a day. My dentist found a white patch on my gum and said to quit and come back in two months.',
      'en',
      ['Quitting a habit'],
    );
    expect(en.keys).toContain('hz-oral-review');
    expect(en.keys).not.toContain('hz-oral-referred');
    expect(en.keys).not.toContain('hz-oral-dentist');
    const ru = await tap(
      'quit',
      'бросить насвай',
      'Закладываю насвай шесть лет. Стоматолог увидел белое пятно на щеке, сказал бросать и прийти через три месяца.',
      'ru',
    );
    expect(ru.keys).toContain('hz-oral-review');
    expect(ru.keys).not.toContain('hz-oral-referred');
    // Sent on to the hospital: the check there comes first, as before.
    const near = await tap(
      'quit',
      'quit chewing betel',
      'I chew betel every day. The dentist showed me white patches in my cheek and told me to get them checked at the hospital in town.',
      'en',
      ['Quitting a habit'],
    );
    expect(near.keys).toContain('hz-oral-referred');
    expect(near.keys).not.toContain('hz-oral-review');
  });

  it('counts a passport held up by a name mismatch back from its deadline, with no expiry check', async () => {
    const en = await tap(
      'admin',
      'get my passport despite the name mismatch',
      'My first name is misspelled on my birth certificate, so my passport application was stopped. I start a job in Dubai in October and need the passport by then.',
      'en',
      ['Documents and admin', 'A passport or a travel visa'],
    );
    expect(en.keys).toContain('adm-namefix-deadline');
    expect(en.keys).not.toContain('adm-pass-dates');
    // No name mismatch: the ordinary dates step stays.
    const near = await tap(
      'admin',
      'renew my passport before the trip',
      'My passport runs out in May and we fly to Turkey in July.',
      'en',
      ['Documents and admin', 'A passport or a travel visa'],
    );
    expect(near.keys).not.toContain('adm-namefix-deadline');
  });

  it('books a referral already made for bleeding, and asks the clinic about a feared sedation', async () => {
    const en = await tap(
      'checkup',
      'finally book my camera test',
      'My GP referred me for a colonoscopy after some bleeding last winter and I never booked it. I had a bad reaction to anesthesia years ago and I am scared of being put under.',
      'en',
      ['A new lump or bleeding'],
    );
    expect(en.keys[0]).toBe('chk-urgent-referred');
    expect(en.keys).not.toContain('chk-urgent-call');
    expect(en.keys).toContain('chk-proc-sedation');
    expect(en.keys).not.toContain('chk-04');
    const ru = await tap(
      'checkup',
      'сделать колоноскопию',
      'Терапевт дала направление на колоноскопию, потому что была кровь в кале, а я так и не записался. Боюсь наркоза, в молодости плохо перенес наркоз.',
      'ru',
      ['Новое уплотнение или кровотечение'],
    );
    expect(ru.keys).toContain('chk-urgent-referred');
    expect(ru.keys).not.toContain('chk-urgent-call');
    expect(ru.keys).toContain('chk-proc-sedation');
    // A new sign with no referral yet: the GP is called first, as before.
    const near = await tap(
      'checkup',
      'get this lump looked at',
      'I found a lump in my breast two weeks ago and have not told anyone yet.',
      'en',
      ['A new lump or bleeding'],
    );
    expect(near.keys[0]).toBe('chk-urgent-call');
    expect(near.keys).not.toContain('chk-proc-sedation');
  });

  it('gives an estranged parent no dinner question, and puts the apology first for hurtful words said', async () => {
    const ru = await tap(
      'family',
      'помириться с сыном',
      'Мы с сыном не общаемся два года, я тогда наговорила ему лишнего про его невесту. Хочу наладить отношения.',
      'ru',
      ['Семья', 'Наладить связь, когда не общаемся'],
    );
    expect(ru.keys).not.toContain('fam-22');
    expect(ru.keys[0]).toBe('fam-sorry-write');
    const en = await tap(
      'family',
      'reconnect with my daughter',
      "My daughter and I haven't spoken in a year after an argument about her move.",
      'en',
      ['Family', 'Reconnecting after we stopped talking'],
    );
    expect(en.keys).not.toContain('fam-22');
    // Still talking every day: the one good question stays.
    const near = await tap(
      'family',
      'talk more with my daughter',
      'My daughter is 12 and only says "fine" when I ask about school.',
      'en',
      ['Family'],
    );
    expect(near.keys).not.toContain('fam-sorry-write');
  });

  it('seals a cold house for the winter instead of planning a renovation', async () => {
    const ru = await tap(
      'repair',
      'утеплить квартиру на зиму',
      'В квартире старые деревянные рамы, зимой холодно, денег на новые окна нет.',
      'ru',
    );
    expect(ru.keys).toContain('fix-draught-find');
    expect(ru.keys).not.toContain('fix-ren-scope');
    const en = await tap(
      'repair',
      'insulate the house for winter',
      'Old wooden windows and the bedroom is freezing. No money for new windows.',
      'en',
    );
    expect(en.keys).toContain('fix-draught-find');
    expect(en.keys).not.toContain('fix-ren-scope');
    // A real renovation keeps its scope.
    const near = await tap(
      'repair',
      'утеплить балкон и сделать там кабинет',
      'Хочу обшить балкон и поставить стол.',
      'ru',
    );
    expect(near.keys).not.toContain('fix-draught-find');
  });

  it('reads a field’s literature as a subject to learn, not a leisure challenge', async () => {
    const ru = await tap(
      'reading',
      'читать специальную литературу по садоводству',
      'У меня сад на сорок яблонь, хочу разбираться в обрезке и удобрениях по-научному, а не как дед учил.',
      'ru',
      ['Чтение', 'Ничего из этого'],
    );
    expect(ru.keys).toContain('read-subj-list');
    expect(ru.keys).not.toContain('read-challenge');
    const en = await tap(
      'reading',
      'read the books in my field',
      'I run a small vineyard and want to understand the science behind soil and pruning, not just what my neighbours say.',
      'en',
      ['Reading'],
    );
    expect(en.keys).toContain('read-subj-list');
    const near = await tap(
      'reading',
      'читать больше книг',
      'Раньше читал детективы, сейчас только телефон по вечерам.',
      'ru',
      ['Чтение'],
    );
    expect(near.keys).not.toContain('read-subj-list');
  });

  it('reads a trade learnt for one’s own clients who don’t come yet as starting out on one’s own', async () => {
    const ru = await tap(
      'career',
      'стать мастером по наращиванию ресниц',
      'Работаю продавцом. Окончила курсы по ресницам, купила материалы, но клиентов пока нет, делаю сестре бесплатно.',
      'ru',
      ['Карьера и поиск работы', 'Начать работать на фрилансе'],
    );
    expect(ru.keys).toContain('car-free-price');
    expect(ru.keys).not.toContain('car-04');
    const en = await tap(
      'career',
      'become a massage therapist full time',
      'I finished my massage course and bought a table, but I have hardly any clients, just friends for free.',
      'en',
      ['Career and job search', 'Starting out as a freelancer'],
    );
    expect(en.keys).toContain('car-free-price');
    // A job search in an employer's salon: no freelancer steps.
    const near = await tap(
      'career',
      'find a job as a nail technician',
      'I finished a nail course and want a job in a salon in my town.',
      'en',
      ['Career and job search'],
    );
    expect(near.keys).not.toContain('car-free-price');
  });
});
