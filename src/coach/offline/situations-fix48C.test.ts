import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the forty-seventh blind read, fixed in general (helper fix48C)', () => {
  it('reads rows at handovers in front of the child, and a child who goes to the other parent, as handovers at home', async () => {
    const ru = await tap(
      'recovery',
      'перестать ссориться с бывшим, когда он приезжает за сыном',
      'Мне 38. Сын ездит к папе каждую субботу. Каждая передача детей заканчивается тем, что мы ругаемся при детях, и младший потом долго не может успокоиться.',
      'ru',
      ['Передачи детей'],
    );
    expect(ru.keys).toContain('rec-hand-quiet');
    expect(ru.keys).not.toContain('rec-01');
    expect(ru.keys).not.toContain('rec-gen-contact');
    const en = await tap(
      'recovery',
      'stop fighting with my ex in front of our son',
      'His dad picks him up for the weekend every Friday and we end up arguing in front of him every time.',
      'en',
      ['Handovers with an ex'],
    );
    expect(en.keys).toContain('rec-hand-quiet');
    expect(en.keys).not.toContain('rec-01');
    // Contact kept from the person: no handover steps, and the program is still offered.
    const near = await tap(
      'recovery',
      'вернуть общение с дочкой',
      'Бывшая полгода не даёт видеться с дочкой и не отвечает на мои сообщения.',
      'ru',
    );
    expect(near.keys).not.toContain('rec-hand-quiet');
    expect(near.keys).toContain('rec-01');
  });

  it('reads an agreement only in words as no court order', async () => {
    const ru = await tap(
      'recovery',
      'договориться с бывшей о порядке общения с сыном',
      'Развелись два года назад, сын живёт с мамой. Нет письменного соглашения, всё на словах, и каждый раз споры, когда я его забираю.',
      'ru',
      ['Суд или медиация'],
    );
    expect(ru.keys).not.toContain('rec-03');
    const en = await tap(
      'recovery',
      'agree a weekend schedule with my ex',
      "We split a year ago. Our son lives with his mum and it's all verbal, nothing in writing, so every weekend is an argument.",
      'en',
      ['A court case'],
    );
    expect(en.keys).not.toContain('rec-03');
  });

  it('gives the free help used while waiting when a lawyer is out of reach', async () => {
    const en = await tap(
      'recovery',
      'see my son again',
      "My ex has stopped all contact since May and says I'll have to go to court. I can't pay a lawyer and I'm not eligible for legal aid.",
      'en',
      ['Contact stopped'],
    );
    expect(en.keys).toContain('rec-07-free');
    expect(en.keys).not.toContain('rec-07');
    const ru = await tap(
      'recovery',
      'вернуть встречи с дочерью',
      'Бывший запретил видеться с дочкой, сказал — только через суд. Денег на адвоката нет.',
      'ru',
      ['Видеться запретили'],
    );
    expect(ru.keys).toContain('rec-07-free');
    expect(ru.keys).not.toContain('rec-07');
    // No word about money: the lawyer or legal aid as before.
    const near = await tap(
      'recovery',
      'see my son again',
      "My ex has stopped all contact since May and says I'll have to go to court.",
      'en',
      ['Contact stopped'],
    );
    expect(near.keys).toContain('rec-07');
    expect(near.keys).not.toContain('rec-07-free');
  });

  it('reads children no longer brought under an order as the order not kept, and a log already kept as in hand', async () => {
    const en = await tap(
      'recovery',
      'get my alternate weekends back',
      'The court gave me alternate weekends with my daughters, but their mother stopped bringing them in March.',
      'en',
      ['The other parent ignores'],
    );
    expect(en.keys).toContain('rec-breach-log');
    expect(en.keys).not.toContain('rec-21');
    const ru = await tap(
      'recovery',
      'вернуть выходные с сыном',
      'По решению суда сын у меня каждые вторые выходные, но бывшая уже три месяца не привозит сына.',
      'ru',
      ['Решение суда не выполняется'],
    );
    expect(ru.keys).toContain('rec-breach-log');
    const logged = await tap(
      'recovery',
      'get my alternate weekends back',
      "The court gave me alternate weekends with my daughters, but their mother stopped bringing them in March. I've kept a log of every date with screenshots.",
      'en',
      ['The other parent ignores'],
    );
    expect(logged.keys).not.toContain('rec-breach-log');
  });

  it('starts an exam learnt at school long ago and never sat from the format and each part untimed', async () => {
    const en = await tap(
      'exam',
      'pass the B1 German test for my residence permit',
      "I'm 52. I studied it at school decades ago and remember almost nothing. The test is in June and the speaking part scares me.",
      'en',
    );
    expect(en.keys).toContain('exam-school-parts');
    expect(en.keys).not.toContain('exam-changed');
    expect(en.keys).not.toContain('exam-cold-paper');
    const ru = await tap(
      'exam',
      'сдать экзамен по английскому на B1 для работы',
      'Мне 48. Английский учил в школе, почти ничего не помню. Экзамен осенью.',
      'ru',
    );
    expect(ru.keys).toContain('exam-school-parts');
    expect(ru.keys).not.toContain('exam-changed');
    // A retake of an exam sat years ago keeps the changes since then.
    const near = await tap(
      'exam',
      'пересдать ЕГЭ по химии',
      'Мне 22, сдавала ЕГЭ четыре года назад, химию почти не помню. Хочу поступить в медицинский.',
      'ru',
    );
    expect(near.keys).toContain('exam-changed');
    expect(near.keys).not.toContain('exam-school-parts');
  });

  it('practises a steep climb home in sections with lighter loads', async () => {
    const en = await tap(
      'fitness',
      'get up the lane to our cottage without stopping',
      "I'm 68. The steep lane up to our cottage takes me three rests and I have to leave the shopping at the bottom.",
      'en',
      ['Balance and strength'],
    );
    expect(en.keys).toContain('fit-hill-sections');
    const ru = await tap(
      'fitness',
      'подниматься к дому без остановок',
      'Мне 66, живу в деревне, дом на горе. От магазина крутой подъём, останавливаюсь по пять раз, сумки тяжело.',
      'ru',
      ['Равновесие и сила'],
    );
    expect(ru.keys).toContain('fit-hill-sections');
    // A hill named only as where one lives: no climb steps.
    const near = await tap(
      'fitness',
      'walk 8000 steps a day',
      "I'm 45 and work from home in a hillside town. I'd like to walk more every day.",
      'en',
      ['Walking more'],
    );
    expect(near.keys).not.toContain('fit-hill-sections');
  });
});
