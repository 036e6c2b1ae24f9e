import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const DRIVING = ['exam-driving-lessons', 'exam-driving-faults', 'exam-driving-commentary', 'exam-driving-route'];

describe('the thirty-first blind read, fixed in general (helper fix31g)', () => {
  it('plans a fermented batter (injera, dosa) one small batch a week — never three practice sessions', async () => {
    const en = await tap(
      'skill',
      'Learn to make injera that actually has eyes',
      "I miss my mom's food. She's in Addis and explains over WhatsApp but the call keeps dropping. My first three tries came out flat and gummy, and teff flour is $9 a bag here so I can't waste much.",
      'en',
      ['Mastering'],
    );
    expect(en.keys).toContain('skill-ferment-plan');
    expect(en.keys).toContain('skill-dish-cause');
    expect(en.keys).not.toContain('skill-07');
    expect(en.keys).not.toContain('skill-05');
    expect(en.text).toMatch(/one small batch a week/);
    const ru = await tap(
      'skill',
      'Научиться печь инджеру',
      'Живу в Казани, три раза пробовала — выходит плоская и липкая, а тефф дорогой.',
      'ru',
      ['Научиться готовить'],
    );
    expect(ru.keys).toContain('skill-ferment-plan');
    expect(ru.keys).not.toContain('skill-07');
    expect(ru.text).toMatch(/одну маленькую закладку в неделю/);
    // One dish with no ferment (plov) keeps the dish's own steps, with no batch-a-week plan.
    const plov = await tap(
      'skill',
      'Learn to make plov',
      "My husband's family is Uzbek and my first two tries were mushy. I want to cook it for his birthday.",
      'en',
      ['Mastering'],
    );
    expect(plov.keys.slice(0, 5)).toEqual([
      'skill-dish-recipe',
      'skill-dish-cause',
      'skill-dish-half',
      'skill-dish-adjust',
      'skill-dish-crowd',
    ]);
  });

  it('keeps a group’s accounts safe offline when the internet comes only now and then — no online sharing', async () => {
    const en = await tap(
      'skill',
      "Learn spreadsheets so I can keep the cooperative's coffee records myself",
      "I was just elected treasurer of our coffee growers' association. I have my nephew's old laptop but internet only in town on market days.",
      'en',
      ['Keeping'],
    );
    expect(en.keys).toContain('skill-ledger-offline');
    expect(en.keys).not.toContain('skill-ledger-share');
    expect(en.text).toMatch(/USB stick/);
    const ru = await tap(
      'skill',
      'Вести кассу родительского комитета в таблице',
      'Выбрали казначеем. Ноутбук есть, а интернет только на работе, дома нет интернета.',
      'ru',
      ['Вести кассу'],
    );
    expect(ru.keys).toContain('skill-ledger-offline');
    expect(ru.keys).not.toContain('skill-ledger-share');
    expect(ru.text).toMatch(/флешк/);
    // A treasurer with the internet at home still shares the sheet with the committee.
    const pta = await tap(
      'skill',
      'Keep the PTA accounts in a spreadsheet',
      'I was just made treasurer; everything is in a notebook and I have a laptop at home.',
      'en',
      ['Keeping'],
    );
    expect(pta.keys).toContain('skill-ledger-share');
    expect(pta.keys).not.toContain('skill-ledger-offline');
  });

  it('teaches a work program to someone with no computer at home — at work and on the phone, not along with a video', async () => {
    const ru = await tap(
      'skill',
      'Освоить 1С: Управление торговлей',
      'Взяли кладовщицей на оптовый склад. Там всё в 1С — приходы, перемещения, инвентаризация. Старшая объясняет быстро. Дома компа нет, только телефон.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(['skill-nocomp-where', 'skill-nocomp-note', 'skill-nocomp-watch']);
    expect(ru.keys).not.toContain('skill-05');
    expect(ru.text).toMatch(/учебная база/);
    const en = await tap(
      'skill',
      'Learn QuickBooks for my new job',
      "I started as an accounts assistant last week. I don't have a computer at home, only my phone.",
      'en',
      ['Just starting'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['skill-nocomp-where', 'skill-nocomp-note', 'skill-nocomp-watch']);
    expect(en.keys).not.toContain('skill-05');
    // A laptop at home: the lesson practised along with the video stays.
    const pc = await tap(
      'skill',
      'Освоить 1С: Бухгалтерия',
      'Перехожу в бухгалтерию, дома есть ноутбук, вечерами могу заниматься.',
      'ru',
      ['Только начинаю'],
    );
    expect(pc.keys).toContain('skill-05');
    expect(pc.keys).not.toContain('skill-nocomp-where');
  });

  it("reads a driving instructor's Part 1 as the theory test — no lessons, manoeuvres or commentary driving", async () => {
    const en = await tap(
      'exam',
      'Pass ADI Part 1 so I can train as a driving instructor',
      "I'm 46, been a delivery driver for 15 years. Part 1 is the theory questions plus hazard perception. It's booked for 14 March.",
      'en',
    );
    expect(en.keys).toContain('exam-theory-app');
    for (const key of DRIVING) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'exam',
      'Сдать теорию на инструктора по вождению',
      'Вожу двадцать лет, хочу работать инструктором в автошколе. Экзамен в апреле.',
      'ru',
    );
    expect(ru.keys).toContain('exam-theory-app');
    for (const key of DRIVING) expect(ru.keys).not.toContain(key);
    // A learner's driving test keeps the instructor and the manoeuvres.
    const test = await tap('exam', 'Pass my driving test', "I've had 20 lessons and the test is in six weeks.", 'en');
    expect(test.keys).toContain('exam-driving-lessons');
    expect(test.keys).toContain('exam-driving-faults');
  });

  it('reads «по уголовному праву» as a law exam, not the driving licence — the university’s list of questions', async () => {
    const ru = await tap(
      'exam',
      'Сдать госэкзамен по уголовному праву',
      'Учусь заочно на юриста, пятый курс, госы в июне. Вопросы уже выдали, их 90. Готовиться могу только после девяти вечера.',
      'ru',
    );
    expect(ru.keys[0]).toBe('exam-uni-list');
    expect(ru.keys).toContain('exam-uni-plan');
    for (const key of DRIVING) expect(ru.keys).not.toContain(key);
    expect(ru.text).not.toMatch(/инструктор|вождени/);
    const en = await tap(
      'exam',
      'Pass my criminal law exam',
      'Second year of my LLB, the exam is in June and there are 40 topics on the list.',
      'en',
    );
    expect(en.keys[0]).toBe('exam-uni-list');
    for (const key of DRIVING) expect(en.keys).not.toContain(key);
    // «Сдать на права» is still the driving licence.
    const drive = await tap('exam', 'Сдать на права', 'Автошколу закончил, экзамен в ГИБДД в марте.', 'ru');
    expect(drive.keys).toContain('exam-driving-lessons');
    expect(drive.keys).not.toContain('exam-uni-list');
  });
});
