import { describe, expect, it } from 'vitest';
import { talkWith, tapping, tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);
const talk = talkWith(coach);
const any = (keys: string[], prefix: string) => keys.some((key) => key.startsWith(prefix));

describe('the thirty-fifth blind read, fixed in general (helper fix35d)', () => {
  it('holds a pension move or an early cash-out until the firm is checked — never parks or splits it as cash', async () => {
    const en = await tap(
      'finance',
      'Combine my pensions from old jobs',
      'I have three pension pots from previous employers. A company called me offering to merge them and release some cash early.',
      'en',
      ['None'],
    );
    expect(en.keys[0]).toBe('fin-pen-hold');
    for (const key of ['fin-pen-find', 'fin-pen-value', 'fin-pen-guidance']) expect(en.keys).toContain(key);
    for (const key of ['fin-lump-park', 'fin-lump-split', 'fin-scam-check', 'fin-01'])
      expect(en.keys).not.toContain(key);
    const ru = await tap(
      'finance',
      'Перевести пенсионные накопления в другой фонд',
      'Позвонили и предложили перевести накопления в новый НПФ, обещают доход выше.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('fin-pen-hold');
    expect(ru.keys).toContain('fin-pen-find');
    expect(any(ru.keys, 'fin-lump')).toBe(false);
    // Put under another area, the title still takes it to these steps.
    const admin = await tap('admin', 'Consolidate my pensions into one', 'Four old workplace schemes, two lost.', 'en');
    expect(admin.keys[0]).toBe('fin-pen-hold');
    // A pension to make last the month is no pension to move.
    const month = await tap(
      'finance',
      'Make my pension last the month',
      'My state pension comes on the 4th and by the last week I am short.',
      'en',
      ['None'],
    );
    expect(any(month.keys, 'fin-pen-')).toBe(false);
  });

  it('reads a promise to double the money back as a scam, and checks readiness to invest only once', async () => {
    const en = await tap(
      'finance',
      'Grow my savings',
      'A friend from church runs a scheme where you get double back in three months.',
      'en',
      ['None'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['fin-scam-check', 'fin-scam-tell']);
    const ru = await tap(
      'finance',
      'Приумножить сбережения',
      'Сосед говорит, что в его схеме вернут вдвое через полгода.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('fin-scam-check');
    // A sum in hand is split once (debts, a cushion, the long term): no second readiness check.
    const lump = await tap(
      'finance',
      'Invest my redundancy money',
      'I received a lump sum of 40,000 and want it to grow.',
      'en',
      ['Investing'],
    );
    expect(lump.keys).toContain('fin-lump-split');
    expect(lump.keys).not.toContain('fin-invest-ready');
    const heir = await tap(
      'finance',
      'Вложить наследство',
      'Досталось от бабушки два миллиона, хочу инвестировать.',
      'ru',
      ['Инвест'],
    );
    expect(heir.keys).toContain('fin-lump-split');
    expect(heir.keys).not.toContain('fin-invest-ready');
    // Doubling one's own savings is no scheme, and a monthly investor keeps the readiness check.
    const near = await tap('finance', 'Double my savings by next year', 'I save 300 a month.', 'en', ['Saving']);
    expect(any(near.keys, 'fin-scam')).toBe(false);
    const monthly = await tap(
      'finance',
      'Start investing in index funds',
      'I have a three-month emergency fund and about 200 a month spare.',
      'en',
      ['Investing'],
    );
    expect(monthly.keys).toContain('fin-invest-ready');
  });

  it('insures and checks equipment customers can be hurt on before any listing takes bookings', async () => {
    const en = await tap(
      'business',
      'Start a kayak hire business on the lake',
      'I have a trailer and want five kayaks by summer.',
      'en',
      ['Just starting', 'A business not'],
    );
    // fix52A: boats and kayaks (`water_trips`) put the capsize plan and the water rules first, then the insurance.
    expect(en.keys).toEqual(expect.arrayContaining(['biz-water-safety', 'biz-risk-insure']));
    expect(en.keys).not.toContain('biz-landing');
    const ru = await tap(
      'business',
      'Открыть прокат сапов на озере',
      'Есть немного денег на первые доски, хочу начать летом.',
      'ru',
      ['Только начинаю', 'Бизнес ещё'],
    );
    expect(ru.keys).toContain('biz-risk-insure');
    expect(ru.keys).toContain('biz-risk-kit');
    // A cake business keeps its path.
    const near = await tap(
      'business',
      'Start a cake business from home',
      'I bake for friends and want to start selling.',
      'en',
      ['Just starting', 'A business not'],
    );
    expect(near.keys[0]).toBe('biz-offer');
    expect(any(near.keys, 'biz-risk')).toBe(false);
  });

  it('keeps a letter to be opened years later safe with someone — not posted or kept in a drawer', async () => {
    const en = await tap(
      'writing',
      'Write a time capsule letter for my newborn son',
      'He is two weeks old; I want him to read it when he is grown up.',
      'en',
      ['A personal letter'],
    );
    expect(en.keys).toContain('write-letter-keep');
    expect(en.keys).not.toContain('write-letter-send');
    const ru = await tap(
      'writing',
      'Написать письма внукам, чтобы вскрыли в 18 лет',
      'Внукам три и пять лет, хочу рассказать им о нашей семье.',
      'ru',
      ['Личное письмо'],
    );
    expect(ru.keys).toContain('write-letter-keep');
    expect(ru.keys).not.toContain('write-letter-send');
    // A letter to send now keeps its sending step.
    const near = await tap(
      'writing',
      'Write a letter to my estranged sister',
      "We haven't spoken in six years and I want to say sorry.",
      'en',
      ['A personal letter'],
    );
    expect(near.keys).toContain('write-letter-send');
    expect(near.keys).not.toContain('write-letter-keep');
  });

  it('reads a feature-length script as a feature — a produced feature and three acts, not a short film', async () => {
    const en = await tap(
      'writing',
      'Write a feature-length thriller script',
      "I've only written short films before; this one should run about 100 pages.",
      'en',
      ['Just starting', 'A screenplay'],
    );
    expect(en.keys).toContain('write-script-read-feature');
    expect(en.keys).toContain('write-script-beats-feature');
    expect(en.keys).not.toContain('write-script-read');
    expect(en.keys).not.toContain('write-script-beats');
    const ru = await tap(
      'writing',
      'Написать сценарий полнометражного фильма',
      'Хочу показать продюсеру, раньше писала только отдельные сцены.',
      'ru',
      ['Сценарий'],
    );
    expect(ru.keys).toContain('write-script-read-feature');
    expect(ru.keys).not.toContain('write-script-beats');
    // A short film keeps its beats, and 90 minutes of writing a day is no 90-minute film.
    const near = await tap(
      'writing',
      'Write a short film script for a festival',
      'Ten pages max, deadline in May. I write for 90 minutes every morning.',
      'en',
      ['Just starting', 'A screenplay'],
    );
    expect(near.keys).toContain('write-script-beats');
    expect(any(near.keys, 'write-script-read-feature')).toBe(false);
    expect(near.keys).not.toContain('write-script-beats-feature');
  });

  it('starts a case the person brings with legal help — no court letter to find or reply to send', async () => {
    const en = await tap(
      'admin',
      'Sue the garage that wrecked my car engine',
      'They refuse to pay for the damage, so I think I will have to take them to court.',
      'en',
      ['A court case'],
    );
    expect(en.keys[0]).toBe('adm-claim-advice');
    expect(en.keys).toContain('adm-claim-other');
    for (const key of ['adm-court-deadline', 'adm-court-lawyer', 'adm-court-reply']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'admin',
      'Признать бывшего мужа утратившим право пользования квартирой',
      'Он давно с нами не живёт, выписываться отказывается, придётся подавать иск.',
      'ru',
      ['Суд'],
    );
    expect(ru.keys[0]).toBe('adm-claim-advice');
    expect(ru.keys).not.toContain('adm-court-deadline');
    // A claim received keeps the deadline first.
    const near = await tap('admin', 'Reply to the county court claim', 'A letter came with 14 days to respond.', 'en', [
      'A court case',
    ]);
    expect(near.keys[0]).toBe('adm-court-deadline');
    expect(any(near.keys, 'adm-claim')).toBe(false);
  });

  it('settles which hand a left-handed player plays with before a practice spot or a piece', async () => {
    const en = await tap(
      'instrument',
      'Learn the ukulele as a left-hander',
      'My teacher wants me to hold it the normal way but it feels backwards.',
      'en',
      ['Just starting'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['inst-lefty-try', 'inst-lefty-teacher', 'inst-lefty-setup']);
    const ru = await tap(
      'instrument',
      'Играть на бас-гитаре левшой',
      'Купил обычную бас-гитару, держать неудобно.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys[0]).toBe('inst-lefty-try');
    expect(ru.keys).not.toContain('inst-25');
    // A pianist's weak left hand is no left-handedness.
    const near = await tap(
      'instrument',
      'Strengthen my left hand on the piano',
      'My left hand lags behind in every piece.',
      'en',
      ['Already'],
    );
    expect(any(near.keys, 'inst-lefty')).toBe(false);
  });

  it('names a talking drum and a bugle as themselves — no drum kit, no singing from a choir in the description', async () => {
    const en = await tap(
      'instrument',
      'Learn the talking drum for our cultural group',
      'Our dance troupe needs a drummer by December.',
      'en',
      ['Just starting'],
    );
    expect(en.keys).toContain('inst-talk-teacher');
    expect(en.keys).toContain('inst-talk-pitch');
    for (const key of ['inst-04', 'inst-05', 'inst-07', 'inst-09', 'inst-hand-lesson'])
      expect(en.keys).not.toContain(key);
    expect(en.text).toMatch(/talking drum/);
    const ru = await tap(
      'instrument',
      'Научиться играть на говорящем барабане',
      'Хочу играть в африканском ансамбле.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('inst-talk-teacher');
    expect(ru.keys).not.toContain('inst-04');
    // The drum kit keeps its pad and sticks.
    const kit = await tap('instrument', 'Learn to play the drums', 'Never played, I have a practice pad.', 'en', [
      'Just starting',
    ]);
    expect(kit.keys).toContain('inst-04');
    expect(any(kit.keys, 'inst-talk')).toBe(false);
    const VOICE = ['inst-20', 'inst-03', 'inst-21', 'inst-22', 'inst-choir'];
    const bugle = await tap(
      'instrument',
      'Learn the bugle for the scout parade',
      'I sing in the school choir but have never played a brass instrument.',
      'en',
      ['Just starting'],
    );
    for (const key of VOICE) expect(bugle.keys).not.toContain(key);
    expect(bugle.asked.flatMap((asked) => asked.choices ?? [])).not.toContain('Joining a choir');
    expect(bugle.text).toMatch(/the bugle/);
    const gorn = await tap(
      'instrument',
      'Научиться играть на горне',
      'Пою в хоре, на духовых никогда не играл.',
      'ru',
      ['Только начинаю'],
    );
    for (const key of VOICE) expect(gorn.keys).not.toContain(key);
    expect(gorn.text).toMatch(/горн/);
    // Singing in a choir keeps the voice.
    const choir = await tap(
      'instrument',
      'Learn to sing in a choir',
      "I've never sung anywhere but the shower.",
      'en',
      ['Just starting'],
    );
    expect(choir.keys).toContain('inst-20');
  });

  it('gives a vague goal with a date one area and a plan, and someone unsure what they want things to try', async () => {
    const other = tapping(['Something else', 'Другое']);
    const en = await talk(
      null,
      'get my life together before the baby is born',
      'Due in June. No job, no savings, nothing ready.',
      'en',
      other,
    );
    expect(en.keys[0]).toBe('gen-02');
    expect(en.keys).not.toContain('gen-01');
    expect(en.keys).not.toContain('gen-25');
    const ru = await talk(
      null,
      'Навести порядок в жизни до рождения ребёнка',
      'Рожать в апреле, а у меня ни работы, ни денег, ни плана.',
      'ru',
      other,
    );
    expect(ru.keys[0]).toBe('gen-02');
    expect(ru.keys).not.toContain('gen-01');
    // With no date, a vague goal keeps the gentle start.
    const near = await talk(null, 'get out of this rut', '', 'en', other);
    expect(near.keys[0]).toBe('gen-01');
    // Not knowing yet what one wants: three things to try instead of a checkable "done".
    const unsure = await talk(
      null,
      'Чтобы дни не были такими одинаковыми',
      'Мне 69, переехали к дочери в другой город. Магазин, телевизор, звонки внукам — и так каждый день. Чего хочу, сама не знаю.',
      'ru',
      other,
    );
    expect(unsure.keys[0]).toBe('gen-act-done-open');
    expect(unsure.texts[0]).toMatch(/попробовать/);
  });
});
