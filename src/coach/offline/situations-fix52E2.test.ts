import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);
const grand = (keys: string[]) => keys.filter((key) => key.startsWith('lang-grand-'));

describe('the fifty-first blind read, checkups and languages (fix52E2)', () => {
  it('gives a patient whose grandchild translates at the doctor the patient steps, not the grandchildren words', async () => {
    const en = await tap(
      'language',
      'Arabic so I can talk to the doctor myself',
      "I'm 66 and live in Amman. I manage at the shops, but at the clinic my granddaughter has to translate for me every time. I have asthma.",
      'en',
    );
    expect(grand(en.keys)).toEqual([]);
    expect(en.keys).toContain('lang-doc-card');
    const ru = await tap(
      'language',
      'немецкий, чтобы у врача самому объясняться',
      'Мне 70, живу в Кёльне. В магазине справляюсь, а к врачу всякий раз внучка мне переводит. У меня давление и сердце.',
      'ru',
    );
    expect(grand(ru.keys)).toEqual([]);
    expect(ru.keys).toContain('lang-doc-card');
    const near = await tap(
      'language',
      'learn Hebrew to talk with my grandkids',
      "I'm 64, my grandchildren in Haifa speak only Hebrew and I can't follow them.",
      'en',
    );
    expect(near.keys).toContain('lang-grand-words');
  });

  it('gives someone who remembers a word or two from school lesson one, not a level test or native media', async () => {
    const en = await tap(
      'language',
      "enough Portuguese to chat with my son-in-law's parents at Christmas",
      "I'm 58. I took Portuguese at evening school years ago and all I remember is 'obrigado' and 'bom dia'. I drive to work an hour each way.",
      'en',
    );
    expect(en.keys).toContain('lang-zero-start');
    expect(en.keys).not.toContain('lang-15');
    expect(en.keys).not.toContain('lang-16');
    expect(en.keys).not.toContain('lang-19');
    const ru = await tap(
      'language',
      'испанский, чтобы поговорить с роднёй невестки на свадьбе',
      'Мне 55, в школе учил испанский, помню разве что «ола» и «грасиас». Свадьба в Мексике летом.',
      'ru',
    );
    expect(ru.keys).toContain('lang-zero-start');
    expect(ru.keys).not.toContain('lang-15');
    const near = await tap(
      'language',
      "enough Portuguese to chat with my son-in-law's parents at Christmas",
      "I'm 58. I took Portuguese at evening school and can still get through a simple chat. I drive to work an hour each way.",
      'en',
    );
    expect(near.keys).not.toContain('lang-zero-start');
  });

  it('gives no two minutes of unprepared talk to someone only past the greetings', async () => {
    const en = await tap(
      'language',
      'get my Welsh beyond the greetings',
      'I did an evening course before but stopped. I want to give simple instructions in Welsh at work.',
      'en',
      ['Coming back'],
    );
    expect(en.keys).not.toContain('lang-16');
    const ru = await tap(
      'language',
      'подтянуть татарский',
      'Когда-то ходила на курсы, бросила. Пока знаю только приветствия.',
      'ru',
      ['Возвращаюсь'],
    );
    expect(ru.keys).not.toContain('lang-16');
  });

  it('asks for a sugar test for thirst and nights up, without the diabetic-foot script for someone not diagnosed', async () => {
    const en = await tap(
      'checkup',
      'get tested for diabetes, thirsty all the time',
      "I'm 47, I keep getting up to pee at night and drink water all day. A blister on my heel took weeks to heal. My dad has diabetes.",
      'en',
    );
    expect(en.keys).toContain('chk-sugar-test');
    expect(en.keys).not.toContain('hz-footdiab-today');
    expect(en.texts.join(' ')).not.toMatch(/I have diabetes/);
    const ru = await tap(
      'checkup',
      'проверить сахар, постоянно хочется пить',
      'Мне 52, ночью встаю в туалет по три раза, всё время хочется пить. У мамы диабет.',
      'ru',
    );
    expect(ru.keys).toContain('chk-sugar-test');
    const near = await tap(
      'checkup',
      'see about the sore on my foot',
      "I'm type 2 diabetic and there's a sore on my heel that isn't healing.",
      'en',
    );
    expect(near.keys).not.toContain('chk-sugar-test');
  });

  it('books no health check again when the referral came from one', async () => {
    const ru = await tap(
      'checkup',
      'сделать гастроскопию по направлению',
      'Мне 45, на диспансеризации терапевт выписал направление на гастроскопию в областную больницу.',
      'ru',
      ['МРТ, гастроскопия'],
    );
    expect(ru.keys).not.toContain('chk-annual-book');
    expect(ru.keys).not.toContain('chk-annual-time');
    const near = await tap(
      'checkup',
      'пройти диспансеризацию',
      'Мне 45, давно не проверялся, хочу пройти всё за месяц.',
      'ru',
      ['Диспансеризация'],
    );
    expect(near.keys).toContain('chk-annual-book');
  });

  it('gives a smear feared for pain what to ask for, no papers folder, and family history only when named', async () => {
    const en = await tap(
      'checkup',
      'book the smear I keep putting off',
      "I'm 29. My last smear hurt a lot and I've been avoiding it ever since.",
      'en',
      ['Cancer screening'],
    );
    expect(en.keys).toContain('chk-scr-pain');
    expect(en.keys).not.toContain('chk-07');
    expect(en.keys).not.toContain('chk-scr-family');
    const ru = await tap(
      'checkup',
      'сходить на мазок на цитологию',
      'Мне 30, в прошлый раз было очень больно, и я три года откладываю.',
      'ru',
      ['Скрининг рака'],
    );
    expect(ru.keys).toContain('chk-scr-pain');
    const family = await tap(
      'checkup',
      'book the smear I keep putting off',
      "I'm 35. My mum had cervical cancer at 40.",
      'en',
      ['Cancer screening'],
    );
    expect(family.keys).toContain('chk-scr-family');
    expect(family.keys).not.toContain('chk-scr-pain');
    const near = await tap('checkup', 'book my first mammogram', "I'm 50 and got the invitation.", 'en', [
      'Cancer screening',
    ]);
    expect(near.keys).toContain('chk-scr-family');
    expect(near.keys).toContain('chk-07');
  });
});
