import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);
const any = (keys: string[], prefix: string) => keys.some((key) => key.startsWith(prefix));

describe('the thirty-third blind read, fixed in general (helper fix33d)', () => {
  it('writes a short weekly note alone to readers already in a chat — no monthly issue, committee or mailing list', async () => {
    const en = await tap(
      'writing',
      'Send a weekly update to my class parents',
      'I teach year 4 and the parents keep asking in the WhatsApp group what we are doing. I want to write a few lines every Friday: what we covered and what to bring.',
      'en',
      ['A newsletter'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['write-wk-shape', 'write-wk-where']);
    expect(en.keys).toContain('write-wk-first');
    expect(any(en.keys, 'write-news-')).toBe(false);
    const ru = await tap(
      'writing',
      'Каждую неделю отправлять письмо родителям класса',
      'Веду третий класс, родители в чате всё время спрашивают одно и то же. Хочу по пятницам коротко писать, что было и что принести.',
      'ru',
      ['Рассылка'],
    );
    expect(ru.keys[0]).toBe('write-wk-shape');
    expect(any(ru.keys, 'write-news-')).toBe(false);
    expect(any(ru.keys, 'write-letter-')).toBe(false);
    // A quarterly club newsletter keeps the issue steps; so does a monthly one whose club meets every week.
    const club = await tap(
      'writing',
      'Start a quarterly newsletter for our allotment society',
      "I've just become the editor; the members want news and dates for the diary.",
      'en',
      ['A newsletter'],
    );
    expect(club.keys[0]).toBe('write-news-shape');
    expect(club.keys).toContain('write-news-ask');
    expect(any(club.keys, 'write-wk-')).toBe(false);
    const monthly = await tap(
      'writing',
      'Edit the monthly newsletter for our running club',
      'We run together every week and nobody knows what is coming up.',
      'en',
      ['A newsletter'],
    );
    expect(monthly.keys[0]).toBe('write-news-shape');
    expect(any(monthly.keys, 'write-wk-')).toBe(false);
  });

  it('sets up the blog someone only wishes for before the first post goes out', async () => {
    const en = await tap(
      'writing',
      'Post every week about our year in a campervan',
      "Family keep asking about the trip and my Instagram stories vanish after a day. I'd like a proper blog, one post each Friday.",
      'en',
    );
    expect(en.keys).toContain('write-ch-setup');
    expect(en.keys.indexOf('write-ch-setup')).toBeLessThan(en.keys.indexOf('write-ch-first'));
    const ru = await tap(
      'writing',
      'Писать каждую неделю о нашей жизни на ферме',
      'Друзья спрашивают, как мы тут, а я пишу в общий чат как попало. Хочу нормальный блог, пост каждое воскресенье.',
      'ru',
    );
    expect(ru.keys).toContain('write-ch-setup');
    expect(ru.keys.indexOf('write-ch-setup')).toBeLessThan(ru.keys.indexOf('write-ch-first'));
    // A blog that already runs gets no set-up step.
    const running = await tap(
      'writing',
      'Post every week on my gardening blog',
      "I've had the blog for three years and about 200 readers, but I post when I feel like it.",
      'en',
    );
    expect(running.keys).not.toContain('write-ch-setup');
  });

  it('learns church bells from the ringer, safely in the tower — no old instrument set up, online lesson or sheet music', async () => {
    const en = await tap(
      'instrument',
      'Learn to ring the bells at our village church',
      'The tower captain says they are short of ringers. I played the trumpet at school for a few years.',
      'en',
      ['Just starting'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['inst-bell-ringer', 'inst-bell-safety']);
    expect(en.keys).toContain('inst-bell-listen');
    expect(en.text).not.toMatch(/trumpet/i);
    for (const key of ['inst-01', 'inst-05', 'inst-transfer-list', 'inst-transfer-piece'])
      expect(en.keys).not.toContain(key);
    const ru = await tap(
      'instrument',
      'Научиться звонить на колокольне',
      'Звонарь в нашем храме стареет и ищет помощника. В детстве два года играл на гитаре.',
      'ru',
      ['Только'],
    );
    expect(ru.keys[0]).toBe('inst-bell-ringer');
    expect(ru.text).not.toMatch(/гитар/i);
    expect(any(ru.keys, 'inst-transfer-')).toBe(false);
    // Handbells are played from music at a table: no tower steps; a guitar keeps its path.
    const handbells = await tap(
      'instrument',
      'Learn to play handbells',
      'Our church has a handbell choir that reads music, and I played the piano as a child.',
      'en',
      ['Just starting'],
    );
    expect(any(handbells.keys, 'inst-bell-')).toBe(false);
    const guitar = await tap('instrument', 'Learn the guitar', "I've never played anything.", 'en', ['Just starting']);
    expect(any(guitar.keys, 'inst-bell-')).toBe(false);
    expect(guitar.keys).toContain('inst-01');
  });

  it('keeps savings held in cash at home — no bank pot or automatic transfer, and safe from phone tricksters', async () => {
    const ru = await tap(
      'finance',
      'Накопить на новый холодильник',
      'Пенсия небольшая, банкам не доверяю, деньги держу дома в коробке.',
      'ru',
      ['Накопить'],
    );
    expect(ru.keys).toContain('fin-keep-place');
    expect(ru.keys).toContain('fin-keep-day');
    for (const key of ['fin-13', 'fin-14', 'fin-15']) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'finance',
      'Save up for a new washing machine',
      "I'm retired and I don't trust banks, so I keep my savings in cash in a tin.",
      'en',
      ['Saving'],
    );
    expect(en.keys).toContain('fin-keep-place');
    expect(en.keys).not.toContain('fin-15');
    expect(en.keys).not.toContain('fin-14');
    // A monthly salary keeps the bank pot and the transfer.
    const pay = await tap('finance', 'Save for a new laptop', 'I get paid monthly and can put aside 100.', 'en', [
      'Saving',
    ]);
    expect(pay.keys).toContain('fin-15');
    expect(any(pay.keys, 'fin-keep-')).toBe(false);
  });

  it("saves for one's own funeral from the real cost, with the wishes written down for the children", async () => {
    const ru = await tap(
      'finance',
      'Накопить себе на похороны',
      'Мне 81, живу одна, дети далеко, не хочу, чтобы им пришлось тратиться.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['fin-funeral-cost', 'fin-funeral-wishes']);
    const en = await tap(
      'finance',
      'Put money aside for my own funeral',
      "I'm 74 and I don't want my kids to have to pay for it.",
      'en',
    );
    expect(en.keys[0]).toBe('fin-funeral-cost');
    // A loan taken for a parent's funeral is a debt to repay, not a fund.
    const loan = await tap(
      'finance',
      "Pay back the loan we took for mum's funeral",
      'We borrowed 4,000 from the bank last spring and pay 200 a month.',
      'en',
      ['Paying'],
    );
    expect(any(loan.keys, 'fin-funeral-')).toBe(false);
  });
});
