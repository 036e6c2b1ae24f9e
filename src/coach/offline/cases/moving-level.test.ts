import { describe, expect, it } from 'vitest';
import { firstFive, slots, tap } from '../../../../test/factories/offline-cases.js';

// Goals of the moving kind (content/goals/types/moving.yaml), walked through the offline coach as a person would: the
// level read from what they wrote or tapped, and what they already have or do. The situations are in moving.test.ts;
// where a new case goes: docs/coach.md.

describe('moving: the level and what the person already has or does', () => {
  it('gives a first flat already found no rent ceiling, areas or viewings, and a house-sharer no family talk', async () => {
    const en = await firstFive(
      'moving',
      'Move into my first flat',
      "Been in house shares for years. Signed the lease on a studio, move-in date is the 15th, and I've got almost nothing.",
    );
    expect(en.keys).not.toContain('out-budget');
    expect(en.keys).not.toContain('out-listings');
    expect(en.keys).not.toContain('out-home-talk');
    expect(en.keys).toContain('out-kit');
    const ru = await firstFive(
      'moving',
      'Переехать в первую свою квартиру',
      'Нашла однушку, заезжаю через две недели, из вещей только чемодан.',
      'ru',
    );
    expect(ru.keys).not.toContain('out-listings');
    expect(ru.keys).not.toContain('out-areas');
    // Still looking: the search stays.
    const looking = await firstFive(
      'moving',
      "Move out of my parents' house",
      "I'm 23 and haven't found a flat yet; I work in the city centre.",
    );
    expect(looking.keys).toContain('out-listings');
  });

  it('gives a partner already working in the new city no questions for a new employer', async () => {
    const ru = await firstFive(
      'moving',
      'Переехать к жене в Казань',
      'Жена уже год там работает, я с сыном в Самаре, надо успеть к учебному году.',
      'ru',
    );
    expect(ru.keys).not.toContain('job-support');
    const en = await firstFive(
      'moving',
      'Join my husband in Leeds with the kids',
      'He moved for work in March; we follow in August.',
    );
    expect(en.keys).not.toContain('job-support');
    const own = await firstFive('moving', 'Relocate to Berlin for a new job', 'My start date is in May.');
    expect(own.keys).toContain('job-support');
  });

  describe('the level or stated facts', () => {
    it('gives a writer with nothing written yet no "reread the last chapter"', async () => {
      const en = await firstFive(
        'writing',
        'Write a 50,000-word thriller draft in November',
        "NaNoWriMo this year. I've never written fiction, just reports at work.",
      );
      expect(en.keys).not.toContain('write-act-next');
      const ru = await firstFive(
        'writing',
        'Дописать диссертацию',
        'Третий год аспирантуры, данные собраны, но не могу сесть и писать — открываю файл и закрываю.',
        'ru',
      );
      expect(ru.keys).not.toContain('write-act-next');
      // A writer with chapters behind them keeps it.
      const going = await firstFive('writing', 'Finish my novel', "I've written 12 of 20 chapters, 60,000 words.");
      expect(going.keys).toContain('write-act-next');
    });

    it('gives an old home already sold no trial stay or winter-proofing, and keeps them for a dacha', async () => {
      const en = await firstFive(
        'moving',
        'Move to the countryside in Norfolk',
        "We've sold our house in Leeds, completion date is in June, and the kids start a new school.",
      );
      expect(en.keys.some((key) => ['own-liveable', 'own-quotes', 'own-trial'].includes(key))).toBe(false);
      const ru = await firstFive(
        'moving',
        'Переехать в деревню под Псковом',
        'Квартиру в Питере уже продали, сделка через месяц.',
        'ru',
      );
      expect(ru.keys).not.toContain('own-trial');
      const dacha = await firstFive(
        'moving',
        'Переехать жить на дачу круглый год',
        'Дом летний, зимой там не жили.',
        'ru',
      );
      expect(dacha.keys).toContain('own-liveable');
    });

    it('gives someone with little to move one lift, not declutter, van quotes or boxes', async () => {
      const en = await firstFive(
        'moving',
        'Move into my own studio',
        "Leaving a flat share; I don't own much — a suitcase and a guitar. Found the studio already.",
      );
      expect(en.keys).toContain('little-lift');
      expect(en.keys.some((key) => ['move-03', 'move-04', 'move-05'].includes(key))).toBe(false);
      const ru = await firstFive(
        'moving',
        'Переехать в свою первую квартиру',
        'Нашла студию, вещей мало — пара сумок.',
        'ru',
      );
      expect(ru.keys).toContain('little-lift');
      // A family move full of stuff keeps decluttering.
      const family = await firstFive(
        'moving',
        'Move house with three kids',
        'A four-bed full of stuff, moving in May.',
      );
      expect(family.keys).toContain('move-03');
      expect(family.keys).not.toContain('little-lift');
    });

    it('asks no recruiter about a technical format the person already described', async () => {
      const en = await firstFive(
        'interview',
        'Data analyst technical interview',
        'Next Friday: SQL, Python and statistics problems, one hour.',
      );
      expect(en.keys).not.toContain('intv-tech-format');
      const ru = await firstFive(
        'interview',
        'Техническое собеседование на аналитика',
        'Через неделю: SQL и Python, плюс задачи на теорию вероятностей.',
        'ru',
      );
      expect(ru.keys).not.toContain('intv-tech-format');
      const unknown = await firstFive(
        'interview',
        'Technical interview for a data role',
        'No idea what they will ask.',
      );
      expect(unknown.keys).toContain('intv-tech-format');
    });

    it('reads a choir part as the voice and a comeback on another instrument as a beginner on this one', async () => {
      expect(
        slots.read('Learn my part', ['The basses and tenors split and I drift to the tune.']).values.instrument?.id,
      ).toBe('voice');
      expect(slots.read('Держать партию тенора', ['Басы и теноры расходятся.']).values.instrument?.id).toBe('voice');
      expect(slots.read('Learn tenor sax', []).values.instrument?.id).toBe('sax');
      const banjo = await firstFive('instrument', 'Learn the mandolin', 'I played guitar in a band in my twenties.');
      expect(banjo.text).not.toMatch(/from memory|old lessons/i);
      const ru = await firstFive(
        'instrument',
        'Научиться играть на укулеле',
        'В детстве пять лет играла на гитаре.',
        'ru',
      );
      expect(ru.text).not.toMatch(/по памяти/i);
      // A comeback on the same instrument keeps playing from memory.
      const back = await firstFive('instrument', 'Get back to the piano', 'I played for ten years as a kid.');
      expect(back.keys).toContain('inst-25');
    });

    it('asks for the target role before the vacancy search', async () => {
      const ru = await firstFive(
        'career',
        'Перейти из бухгалтерии в аналитику',
        'Десять лет бухгалтер, хочу в аналитики данных.',
        'ru',
      );
      const role = ru.keys.indexOf('car-01');
      const search = ru.keys.indexOf('car-03');
      if (role >= 0 && search >= 0) expect(role).toBeLessThan(search);
    });

    it('reads lunch as a time window only when it is time the person has', async () => {
      expect(
        slots.read('Sound natural in Italian', ['I miss the jokes at lunch with colleagues.']).values.window,
      ).toBeUndefined();
      expect(slots.read('Learn Italian', ['I only have 20 minutes at lunch.']).values.window?.id).toBe('lunch');
      expect(slots.read('Выучить итальянский', ['Занимаюсь по 15 минут в обед.']).values.window?.id).toBe('lunch');
      const en = await firstFive(
        'language',
        'Stop sounding so formal in German',
        'Five years in Munich, I work in German daily, but at lunch my colleagues tease me for sounding like a textbook.',
      );
      expect(en.text).not.toMatch(/lunch break, the time you said/i);
    });

    it('gives a fine someone else ran up the driver’s proof, and a fine under appeal no "pay if you don’t appeal"', async () => {
      const ru = await firstFive(
        'admin',
        'Оспорить штраф за скорость',
        'Машину брал муж, за рулём был он, а штраф пришёл мне.',
        'ru',
      );
      expect(ru.keys).toContain('adm-fine-driver');
      expect(ru.keys).not.toContain('adm-fine-evidence');
      expect(ru.keys).not.toContain('adm-fine-pay');
      expect(ru.keys.some((key) => key.startsWith('adm-dec-'))).toBe(false);
      const en = await firstFive('admin', 'Appeal the speeding fine', 'My son was driving my car that day.');
      expect(en.keys).toContain('adm-fine-driver');
      expect(en.keys).not.toContain('adm-fine-pay');
      // A fine with no decision yet keeps the pay option and the photos of the signs.
      const open = await firstFive(
        'admin',
        'Deal with a parking fine',
        'Got a PCN yesterday, I think the sign was hidden.',
      );
      expect(open.keys).toEqual(expect.arrayContaining(['adm-fine-evidence', 'adm-fine-pay']));
    });

    it('gives tax on a sale the sale papers, an online form its hard questions, and a birth no form to draft', async () => {
      const ru = await firstFive(
        'admin',
        'Задекларировать продажу квартиры',
        'Продал квартиру, которой владел два года, декларацию подаю впервые.',
        'ru',
      );
      expect(ru.keys).toContain('adm-tax-sale');
      expect(ru.text).not.toMatch(/об оплате лечения/i);
      const form = await firstFive(
        'admin',
        'Apply for Attendance Allowance for my dad',
        "The online form asks things about his care I can't answer.",
      );
      expect(form.keys).toContain('adm-form-questions');
      expect(form.keys).not.toContain('adm-04');
      const birth = await firstFive(
        'admin',
        'Register the birth of our son',
        'Three weeks old; what do we bring to the registrar?',
      );
      expect(birth.keys).not.toContain('adm-05');
    });

    it('gives windowsill seedlings light, a sowing date and pricking out, and a kitchen its wall rail and sink cut-out', async () => {
      const ru = await firstFive(
        'home',
        'Вырастить свою рассаду перцев',
        'Сею на подоконнике, но рассада каждый год вытягивается.',
        'ru',
      );
      expect(ru.keys).toContain('home-seed-light');
      expect(ru.text).not.toMatch(/прополк/i);
      const en = await firstFive(
        'home',
        'Grow tomato seedlings on my windowsill',
        'Last spring they went leggy and flopped.',
      );
      expect(en.keys[0]).toBe('home-seed-date');
      // A plot with bought plants keeps the garden steps.
      const plot = await firstFive(
        'home',
        'Посадить огород на даче',
        'Рассаду куплю на рынке, грядки ещё не вскопаны.',
        'ru',
      );
      expect(plot.keys.some((key) => key.startsWith('home-seed-'))).toBe(false);

      const kitchen = await firstFive(
        'repair',
        'Fit the kitchen myself',
        'Flat-pack kitchen delivered; the wall units go on a plasterboard wall.',
      );
      expect(kitchen.keys).toContain('fix-flat-wall');
      expect(kitchen.keys).not.toContain('fix-flat-anchor');
      const wardrobe = await firstFive('repair', 'Assemble the IKEA wardrobe', 'Two boxes, tall PAX frame.');
      expect(wardrobe.keys).toContain('fix-flat-anchor');
    });

    it('gives two children sharing a room a zone each, film a fifth exposure step, and resin no folder for a "first piece"', async () => {
      const ru = await firstFive(
        'home',
        'Сделать общую детскую',
        'Двое детей, 4 и 8 лет, одна комната, ссорятся из-за места.',
        'ru',
      );
      expect(ru.keys).toEqual(expect.arrayContaining(['home-share-ask', 'home-share-zones']));
      expect(ru.keys).not.toContain('home-18');
      const en = await firstFive(
        'home',
        'Set up a bedroom for my two boys to share',
        'They are 5 and 9 and fight over space.',
      );
      expect(en.keys).toContain('home-share-zones');
      expect(en.keys).not.toContain('home-room-purpose');
      const study = await firstFive('home', 'Turn the spare room into a study', 'It is full of boxes.');
      expect(study.keys.some((key) => key.startsWith('home-share-'))).toBe(false);

      const film = await firstFive(
        'creative',
        'Shoot my first rolls on film',
        'An old Pentax K1000, half the frames came back overexposed.',
      );
      expect(film.keys).toEqual([
        'cre-film-meter',
        'cre-film-camera',
        'cre-film-test',
        'cre-film-read',
        'cre-film-next',
      ]);
      const resin = await firstFive(
        'creative',
        'Make resin earrings',
        "Watched loads of videos, haven't bought anything yet.",
      );
      expect(resin.keys).not.toContain('cre-03');
    });

    it('talks with the one who does not want the move before dates, decluttering or boxes', async () => {
      const ru = await firstFive(
        'moving',
        'Перевезти отца поближе к нам',
        'Папе 80, нашли квартиру рядом с нами, но он категорически против переезда.',
        'ru',
      );
      expect(ru.keys[0]).toBe('move-reluct-talk');
      expect(ru.keys.some((key) => ['move-03', 'move-04', 'move-05'].includes(key))).toBe(false);
      const en = await firstFive(
        'moving',
        'Move to Lisbon with the kids',
        "Our 12-year-old doesn't want to move and won't talk about it.",
      );
      expect(en.keys[0]).toBe('move-reluct-talk');
      const willing = await firstFive(
        'moving',
        'Move house in March',
        'Everyone is excited, a three-bed full of stuff.',
      );
      expect(willing.keys.some((key) => key.startsWith('move-reluct-'))).toBe(false);
    });

    it('gives a test drawn from a question bank the bank’s training mode, not a lab or a case', async () => {
      const ru = await firstFive(
        'exam',
        'Сдать аттестацию по электробезопасности',
        'Тест в Ростехнадзоре через месяц, в базе 250 вопросов, в прошлый раз завалил.',
        'ru',
      );
      expect(ru.keys).toContain('exam-cert-bank');
      expect(ru.text).not.toMatch(/лабораторную работу/i);
      const en = await firstFive(
        'exam',
        'Pass the CSCS card test',
        'The question bank has 400 questions, test in three weeks.',
      );
      expect(en.text).not.toMatch(/a lab, a case/i);
      const aws = await firstFive('exam', 'Get AWS certified', 'Solutions Architect Associate, exam in two months.');
      expect(aws.keys).not.toContain('exam-cert-bank');
    });
  });

  it('sends no one already living in the new city to listings or to sort a cupboard a day', async () => {
    const ru = await firstFive(
      'moving',
      'Перевезти вещи из Петербурга в Белград',
      'Мы в Белграде уже полгода, а вещи остались в съёмной квартире в Питере, договор до конца августа. Надо решить, что везти, что продать и как отправить.',
      'ru',
    );
    expect(ru.keys.slice(0, 4)).toEqual(['mov-left-list', 'mov-left-helper', 'mov-left-ship', 'mov-left-lease']);
    expect(ru.keys).not.toContain('move-09');
    expect(ru.keys).not.toContain('move-03');
    expect(ru.text).not.toMatch(/просмотр|по такому углу в день/);
    const en = await firstFive(
      'moving',
      'Get my things shipped from London to Lisbon',
      "I've been living in Lisbon since January; my stuff is still in my old flat in London and the lease ends in June.",
    );
    expect(en.keys[0]).toBe('mov-left-list');
    expect(en.text).not.toMatch(/viewings|visa|apostille/);
    // Someone still looking for a flat keeps the search.
    const searching = await firstFive(
      'moving',
      'Переехать в другую квартиру до осени',
      'Пока ищем вариант, бюджет до 40 тысяч.',
      'ru',
    );
    expect(searching.keys).toContain('move-09');
    expect(searching.keys).not.toContain('mov-left-list');
  });

  it("gives a couple moving together for a job no whose-place talk or merged households — they're one already", async () => {
    const en = await firstFive(
      'moving',
      'Move from Leeds to Orkney for a teaching job in August',
      "Got offered a primary post in Kirkwall. It's me, my partner and a very old cat, and we've never even visited.",
    );
    expect(en.keys[0]).toBe('job-support');
    expect(en.keys).not.toContain('partner-talk');
    expect(en.keys).not.toContain('partner-merge');
    expect(en.text).not.toMatch(/whose place|duplicates/);
    const ru = await firstFive(
      'moving',
      'Переехать в Калининград по работе в сентябре',
      'Мне предложили место в школе. Едем вдвоём с мужем и собакой, город никогда не видели.',
      'ru',
    );
    expect(ru.keys).not.toContain('partner-talk');
    expect(ru.keys).not.toContain('partner-merge');
    // Moving in together keeps its steps.
    const together = await firstFive(
      'moving',
      'Move in with my boyfriend',
      "We've been together two years and want to rent somewhere in spring.",
    );
    expect(together.keys.slice(0, 2)).toEqual(['partner-talk', 'partner-merge']);
    const ru2 = await firstFive('moving', 'Съехаться с парнем', 'Хотим снять квартиру вместе с весны.', 'ru');
    expect(ru2.keys[0]).toBe('partner-talk');
  });

  it('fits a house of things into one room already taken — no listing search, no splitting a sold home', async () => {
    const en = await tap(
      'moving',
      'Move into a room in a flatshare after we split up',
      "Our house has sold and I've taken a room in a shared flat from March. My loft is full of stuff and the room is only 10 square metres.",
      'en',
      ['Moving out after a break-up'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['move-room-fit', 'move-room-rest']);
    for (const key of ['mov-split-things', 'mov-split-date', 'move-09', 'move-03', 'move-11'])
      expect(en.keys).not.toContain(key);
    const ru = await tap(
      'moving',
      'Переехать в комнату после развода',
      'Квартиру уже продали, я сняла комнату у метро, а вещей у меня целый гараж. Комната всего 11 метров.',
      'ru',
      ['Разъезд'],
    );
    expect(ru.keys[0]).toBe('move-room-fit');
    expect(ru.keys).not.toContain('move-09');
    expect(ru.keys).not.toContain('mov-split-date');
    // Still under one roof with the ex, nothing found: the split steps stay.
    const near = await tap(
      'moving',
      'Move out after my divorce',
      "I'm still living with my ex in the flat we rent and need to find somewhere.",
      'en',
      ['Moving out after a break-up'],
    );
    expect(near.keys).toContain('mov-split-things');
    expect(near.keys).not.toContain('move-room-fit');
  });

  it('downsizes into a home already bought: the dates lined up and the lifting done by others — no criteria, scouting or valuation', async () => {
    const en = await tap(
      'moving',
      'Move into our new bungalow',
      "We're 70 and 72. We've bought a bungalow on the coast, and our house sale completes in June. My husband's hip replacement means no lifting.",
      'en',
      ['Moving to a smaller home'],
    );
    expect(en.keys).toContain('move-dates-chain');
    expect(en.keys).toContain('move-nolift-help');
    for (const key of ['down-agree', 'down-value', 'down-visit']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'moving',
      'Переехать в квартиру поменьше',
      'Нам за семьдесят. Уже купили квартиру поменьше в соседнем районе, на нашу трёшку покупатель есть, сделка в мае. У мужа грыжа, тяжёлое поднимать нельзя.',
      'ru',
      ['Переезд в жильё поменьше'],
    );
    expect(ru.keys).toContain('move-dates-chain');
    expect(ru.keys).toContain('move-nolift-help');
    for (const key of ['down-agree', 'down-value', 'down-visit']) expect(ru.keys).not.toContain(key);
    // Still choosing the smaller place, the house not yet on the market: the criteria and the valuation stay.
    const near = await tap(
      'moving',
      'Downsize now the kids have left',
      'Thinking about a smaller place near the sea; we own our house.',
      'en',
      ['Moving to a smaller home'],
    );
    expect(near.keys).toContain('down-agree');
    expect(near.keys).toContain('down-value');
    expect(near.keys).not.toContain('move-dates-chain');
  });

  it("leaves home for the first time with a room found and the family's car — no flat search or removal quotes", async () => {
    const en = await tap(
      'moving',
      'Move to Brisbane for my apprenticeship',
      "I'm 19 and have never lived out of home. I've found a room in a share house near the depot, and Dad's bringing my stuff up in his ute.",
      'en',
      ['None of these'],
    );
    expect(en.keys).toContain('move-first-bag');
    expect(en.keys).not.toContain('move-09');
    expect(en.keys).not.toContain('move-04');
    const ru = await tap(
      'moving',
      'Переехать в Новосибирск на работу',
      'Нашла комнату недалеко от офиса, папа перевезёт вещи на своей машине.',
      'ru',
      ['Ничего из этого'],
    );
    expect(ru.keys).not.toContain('move-09');
    expect(ru.keys).not.toContain('move-04');
  });

  it('moves abroad to live with a grown child, the visa already applied for: no visa search, no rent or short let — a move alone keeps them', async () => {
    const en = await tap(
      'moving',
      'moving to my son in Toronto',
      "I'm 70 and my son has sponsored me; we are waiting for the visa. I'll live with my son and his wife and need my pension paid over there.",
      'en',
      ['Moving to another country'],
    );
    expect(en.keys).not.toContain('abroad-visa');
    expect(en.keys).not.toContain('abroad-money');
    expect(en.keys).not.toContain('abroad-landing');
    expect(en.keys).toContain('abroad-money-host');
    const ru = await tap(
      'moving',
      'Переехать к дочери в Германию',
      'Мне 68, буду жить у дочери, жду визу, вещей беру немного.',
      'ru',
      ['Переезд в другую страну'],
    );
    expect(ru.keys).not.toContain('abroad-visa');
    expect(ru.keys).toContain('abroad-money-host');
    const alone = await tap(
      'moving',
      'Move to Lisbon for work',
      'I start a job there in March and need a visa and a flat.',
      'en',
      ['Moving to another country'],
    );
    expect(alone.keys).toContain('abroad-visa');
    expect(alone.keys).toContain('abroad-money');
  });

  it('plans the pet’s journey and the owner’s yes, not a search, when the home abroad is already found', async () => {
    const en = await tap(
      'moving',
      'Move to Lisbon with our dog',
      "We've already found a flat in Lisbon for September. Our dog is a 30 kg retriever and I have no idea how to get him there.",
      'en',
      ['Moving to another country'],
    );
    expect(en.keys).toContain('abroad-pet-travel');
    expect(en.keys).not.toContain('abroad-pet-stay');
    const ru = await tap(
      'moving',
      'переехать в Тбилиси с кошкой',
      'Квартиру в Тбилиси уже сняли, переезжаем в октябре. Как везти кошку, пока не понимаю.',
      'ru',
      ['Переезд в другую страну'],
    );
    expect(ru.keys).toContain('abroad-pet-travel');
    expect(ru.keys).not.toContain('abroad-pet-stay');
    // No home yet: one that takes the pet is still found first.
    const near = await tap(
      'moving',
      'Move to Lisbon with our dog',
      "We haven't found anywhere to live yet. Our dog is a 30 kg retriever.",
      'en',
      ['Moving to another country'],
    );
    expect(near.keys).toContain('abroad-pet-stay');
  });
});
