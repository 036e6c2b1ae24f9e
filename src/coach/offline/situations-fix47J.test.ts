import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the forty-sixth blind read, fixed in general (helper fix47J)', () => {
  it('agrees the holidays with no order as a plan in parts, sent and signed — an order keeps its own holiday steps', async () => {
    const en = await tap(
      'recovery',
      'agree the summer with my ex without lawyers',
      "The kids live with me. There's no court order, we've always sorted things between us. Their dad now wants them for the whole summer at his mother's on the coast, and every call ends in shouting.",
      'en',
      ['Holiday dates with the other parent'],
    );
    expect(en.keys).toContain('rec-hol-plan');
    expect(en.keys).toContain('rec-hol-send');
    expect(en.keys).not.toContain('rec-hol-order');
    const ru = await tap(
      'recovery',
      'Договориться с бывшей женой про лето с сыном',
      'Решения суда нет, всегда договаривались сами. Сын живёт с мамой, я хочу забрать его на лето на две недели на дачу, а она каждый раз отвечает отказом и скандалом.',
      'ru',
      ['Даты каникул со вторым родителем'],
    );
    expect(ru.keys).toContain('rec-hol-plan');
    expect(ru.keys).not.toContain('rec-hol-order');
    expect(ru.keys).not.toContain('rec-hol-propose');
    // An order that splits the holidays: its terms read out, no plan of one's own to sign.
    const order = await tap(
      'recovery',
      'Stop my ex changing the summer holiday dates',
      'The court order gives me half of the summer holidays, but every year she changes the dates at the last minute.',
      'en',
      ['Holiday dates with the other parent'],
    );
    expect(order.keys).toContain('rec-hol-order');
    expect(order.keys).not.toContain('rec-hol-plan');
  });

  it('meets someone who turned back at the door of a group with that place’s first visit — not without it', async () => {
    const en = await tap(
      'social',
      'find people to knit with',
      "I moved here last year and work from home. There's a knitting circle at the community centre on Tuesdays, but I got nervous and turned back at the door both times.",
      'en',
    );
    expect(en.keys.filter((key) => key.startsWith('soc-passed-')).length).toBeGreaterThan(0);
    const ru = await tap(
      'social',
      'Завести подруг в новом городе',
      'Переехала полгода назад, работаю из дома. В клубе настольных игр по четвергам собираются, но я два раза дошла до двери и ушла — страшно заходить к незнакомым.',
      'ru',
    );
    expect(ru.keys.filter((key) => key.startsWith('soc-passed-')).length).toBeGreaterThan(0);
    const near = await tap(
      'social',
      'find people to knit with',
      "I moved here last year and work from home. I'd like a group that meets during the day, I'm happy to go anywhere.",
      'en',
    );
    expect(near.keys.filter((key) => key.startsWith('soc-passed-'))).toEqual([]);
  });

  it('sends no one with a copy given or lent to them for a library card — a person with no book still gets it', async () => {
    const en = await tap(
      'reading',
      'finish one novel this year',
      "My neighbour lent me her copy of a thriller she loved. I used to read a lot but now I can't get past a few pages.",
      'en',
    );
    expect(en.keys).not.toContain('read-library');
    expect(en.keys).not.toContain('read-library-first');
    const ru = await tap(
      'reading',
      'Дочитать одну книгу до конца',
      'Подруга дала почитать свою книгу, детектив, а я никак не осилю больше десяти страниц.',
      'ru',
    );
    expect(ru.keys).not.toContain('read-library');
    expect(ru.keys).not.toContain('read-library-first');
  });

  it('keeps a person who already reads that language every day off a graded reader — a learner looking up every word keeps it', async () => {
    const en = await tap(
      'reading',
      'finish one novel in spanish',
      'I read Spanish every day on forums and news sites, but I drift off after a chapter of a real novel.',
      'en',
      ["A book in a language I'm learning"],
    );
    expect(en.keys).not.toContain('read-level-graded');
    const ru = await tap(
      'reading',
      'Прочитать роман на немецком',
      'Много читаю на немецком по работе, статьи и переписку, но ни одной художественной книги до конца не дочитал.',
      'ru',
      ['Книга на изучаемом языке'],
    );
    expect(ru.keys).not.toContain('read-level-graded');
    const near = await tap(
      'reading',
      'finish one novel in spanish',
      'I look up every other word and give up after a few pages.',
      'en',
      ["A book in a language I'm learning"],
    );
    expect(near.keys).toContain('read-level-graded');
  });
});
