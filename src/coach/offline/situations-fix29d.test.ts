import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the twenty-ninth blind read, fixed in general (helper fix29d)', () => {
  it('gives a business not trading yet, though read as active, the rules and the costs — not last month’s numbers', async () => {
    const ru = await tap(
      'business',
      'Запустить автолавку по дальним сёлам',
      'В трёх сёлах вдоль нашей дороги магазинов нет, старики раз в неделю ездят за хлебом. У меня есть Газель. Не понимаю, как оформиться и где брать товар.',
      'ru',
      ['Бизнес ещё'],
    );
    expect(ru.keys).toContain('biz-start-rules');
    expect(ru.keys).toContain('biz-start-costs');
    expect(ru.keys).not.toContain('biz-numbers');
    expect(ru.keys).not.toContain('biz-price-hour');
    const seedlings = await tap(
      'business',
      'Продавать рассаду весной',
      'Каждый год выращиваю рассаду, соседки всё разбирают. Хочу торговать на рынке в апреле. Не знаю, надо ли как-то оформляться.',
      'ru',
      ['Уже занимаюсь', 'Бизнес ещё'],
    );
    expect(seedlings.keys).toContain('biz-start-rules');
    expect(seedlings.keys).not.toContain('biz-numbers');
    expect(seedlings.keys).not.toContain('biz-ask-customers');
    const en = await tap(
      'business',
      'Sell my plants at the Saturday market',
      'I grow far too many; friends and neighbours buy everything. Do I need to register?',
      'en',
      ['Already', 'A business not'],
    );
    expect(en.keys).toContain('biz-start-rules');
    expect(en.keys).not.toContain('biz-numbers');
    // A shop already trading keeps its own numbers.
    const trading = await tap(
      'business',
      'Grow my candle shop',
      'I already sell about 40 candles a month on Etsy and want to double it.',
      'en',
      ['Already'],
    );
    expect(trading.keys).toContain('biz-numbers');
    expect(trading.keys).not.toContain('biz-start-rules');
  });

  it('gives a school-age seller a plan agreed with a parent — no tax registration, permits or lease', async () => {
    const en = await tap(
      'business',
      'Start a lawn mowing business over the summer hols',
      "I'm 15. Dad's giving me his old mower. I want about $100 a week but I've no idea what to charge.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).toContain('biz-young-parent');
    expect(en.keys).not.toContain('biz-registration');
    expect(en.keys).not.toContain('biz-costs');
    const ru = await tap(
      'business',
      'Мыть машины соседям на каникулах',
      'Мне 14, хочу заработать летом. Не знаю, сколько брать.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('biz-young-parent');
    expect(ru.keys).not.toContain('biz-registration');
    // An adult starting out keeps the registration step.
    const adult = await tap(
      'business',
      'Start a dog walking round',
      "I'm 34 and between jobs. No idea what to charge.",
      'en',
      ['Just starting'],
    );
    expect(adult.keys).toContain('biz-registration');
    expect(adult.keys).not.toContain('biz-young-parent');
  });

  it('has a sum that must last until a date split into weeks — not a monthly plan with a saving amount', async () => {
    const en = await tap(
      'finance',
      'Make my student loan last till January',
      "First year at uni. It's mid November and I've got £600 left.",
      'en',
      ['None'],
    );
    expect(en.keys).toContain('fin-stretch-weeks');
    expect(en.keys).toContain('fin-stretch-pot');
    expect(en.keys).not.toContain('fin-16');
    const ru = await tap('finance', 'Дотянуть до стипендии', 'Осталось 4 тысячи, стипендия через три недели.', 'ru', [
      'Ничего',
    ]);
    expect(ru.keys).toContain('fin-stretch-weeks');
    expect(ru.keys).not.toContain('fin-16');
    // A monthly budget keeps the plan for next month.
    const budget = await tap(
      'finance',
      'Stick to a budget',
      'I get paid monthly and I want a plan for next month.',
      'en',
      ['None'],
    );
    expect(budget.keys).toContain('fin-16');
    expect(budget.keys).not.toContain('fin-stretch-weeks');
  });

  it('gives a tab at a shop the figure, a sum each payday and a short list — no rates, autopay or creditors', async () => {
    const ru = await tap(
      'finance',
      'Закрыть долг в магазине под запись',
      'В нашем магазине все берут под запись до получки, у продавщицы в тетрадке за мной 23 тысячи. С зарплаты отдаю — и через неделю снова беру.',
      'ru',
      ['Выплатить'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(['fin-tab-sum', 'fin-tab-plan', 'fin-tab-list']);
    for (const key of ['fin-18', 'fin-debt-auto', 'fin-debt-help', 'fin-debt-plan']) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'finance',
      'Clear my tab at the corner shop',
      'I buy on tick until payday and owe them about £300 now.',
      'en',
      ['Paying off'],
    );
    expect(en.keys).toContain('fin-tab-plan');
    expect(en.keys).not.toContain('fin-18');
    expect(en.keys).not.toContain('fin-debt-auto');
    // Credit cards keep the debt path.
    const cards = await tap('finance', 'Pay off my credit cards', 'Two cards, about £4,000 in all.', 'en', [
      'Paying off',
    ]);
    expect(cards.keys[0]).toBe('fin-18');
    expect(cards.keys).not.toContain('fin-tab-sum');
  });

  it('does not have the cut-down first-page step redo the opening line just written', async () => {
    const en = await tap(
      'writing',
      'Write my first sermon as a lay preacher',
      "Fifteen minutes on the prodigal son on 2 March. I've never written anything longer than a birthday card.",
      'en',
      ['Just starting'],
    );
    expect(en.keys.slice(3)).toEqual(['write-04:smaller', 'write-05:smaller']);
    expect(en.texts[4]).toContain('opening line');
    expect(en.texts[4]).not.toMatch(/^Write the first three sentences/);
    const ru = await tap(
      'writing',
      'Написать первую проповедь',
      'Служение 2 марта, пятнадцать минут. Никогда не писал ничего длиннее открытки.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.text).not.toContain('Напиши первые три предложения.');
  });

  it('gives comedy sketches or a KVN routine the comedy steps — no plot outline and no open mic to book', async () => {
    const ru = await tap(
      'writing',
      'Написать программу для школьной команды КВН',
      'Веду команду девятиклассников, игра 14 декабря, нужны приветствие и домашка минут на десять.',
      'ru',
      ['Только начинаю', 'Сценки'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(['write-comedy-mine', 'write-comedy-bits', 'write-comedy-order']);
    expect(ru.keys).not.toContain('write-04');
    expect(ru.keys).not.toContain('write-comedy-book');
    const en = await tap(
      'writing',
      'Write the comedy sketches for our school revue',
      'Four sketches, about ten minutes in all, for the end-of-term show.',
      'en',
      ['Just starting', 'Comedy sketches'],
    );
    expect(en.keys.some((key) => key.startsWith('write-comedy-bits'))).toBe(true);
    expect(en.keys.some((key) => key.startsWith('write-04'))).toBe(false);
    expect(en.keys).not.toContain('write-comedy-book');
    // A stand-up set keeps its open mic.
    const standup = await tap(
      'writing',
      'Write a five-minute set for my first open mic',
      "I've got jokes in my phone notes and the open mic is next month.",
      'en',
      ['A stand-up'],
    );
    expect(standup.keys).toContain('write-comedy-book');
  });

  it('has years of notes and not one chapter write the opening scene — no last pages reread or chapters outlined', async () => {
    const en = await tap(
      'writing',
      "Actually start the fantasy novel I've been planning for ten years",
      'I have about 200 pages of maps and worldbuilding notes and not one chapter. I get 25 minutes on the bus each way.',
      'en',
      ['Nothing written'],
    );
    expect(en.keys[0]).toBe('write-blank-first');
    expect(en.keys).not.toContain('write-act-next:smaller');
    expect(en.keys).not.toContain('write-act-next');
    expect(en.keys).not.toContain('write-act-outline');
    const ru = await tap(
      'writing',
      'Наконец начать роман',
      'Десять лет придумываю мир, тетради с картами и героями, но ни одной главы. Пишу только в электричке.',
      'ru',
      ['Уже занимаюсь', 'Ещё ничего'],
    );
    expect(ru.keys[0]).toBe('write-blank-first');
    expect(ru.keys).not.toContain('write-act-outline');
    // A novelist with chapters written keeps them.
    const drafting = await tap(
      'writing',
      'Finish my novel',
      "I've written twelve chapters, about 40,000 words, and have six chapters left to write.",
      'en',
      ['Already'],
    );
    expect(drafting.keys.some((key) => key.startsWith('write-act-next'))).toBe(true);
    expect(drafting.keys).not.toContain('write-blank-first');
  });

  it('has a family history still in the elders’ memory ask them first, before anyone is chosen from a tree', async () => {
    const ru = await tap(
      'writing',
      'Записать шежіре нашего рода',
      'Отец знал предков до седьмого колена, а записать не успел. Осталось два аксакала, которые помнят. Хочу записать родословную и истории про каждого.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('write-fam-elders');
    expect(ru.keys.indexOf('write-fam-elders')).toBeLessThan(ru.keys.indexOf('write-fam-people'));
    expect(ru.keys).not.toContain('write-fam-voices');
    const en = await tap(
      'writing',
      'Write our family history for the grandchildren',
      'Nobody wrote it down; only Gran still remembers who our great-grandparents were.',
      'en',
      ['Just'],
    );
    expect(en.keys).toContain('write-fam-elders');
    // A tree already researched keeps its people first.
    const tree = await tap(
      'writing',
      'Write our family history for the cousins',
      "I've built a family tree on Ancestry back to 1820 with letters and photos.",
      'en',
      ['Just'],
    );
    expect(tree.keys).toContain('write-fam-people');
    expect(tree.keys).not.toContain('write-fam-elders');
  });

  it('sends no one already in a named band to find a jam session', async () => {
    const en = await tap(
      'instrument',
      "Get my trombone playing back for the school parents' band",
      'Played to Grade 6 at school, then nothing for 20 years. The Christmas concert is on 12 December.',
      'en',
      ['Coming back', 'Already in', 'Playing with'],
    );
    expect(en.keys.some((key) => key.startsWith('inst-band'))).toBe(false);
    const ru = await tap(
      'instrument',
      'Вернуться к трубе для родительского оркестра',
      'Играл в детстве, потом двадцать лет ничего. Концерт в декабре, буду играть в родительском оркестре школы.',
      'ru',
      ['Возвращаюсь', 'Уже в группе', 'Играть с другими'],
    );
    expect(ru.keys.some((key) => key.startsWith('inst-band'))).toBe(false);
    // Someone looking for people to play with keeps the search.
    const jam = await tap(
      'instrument',
      'Find people to jam with',
      "I've played guitar for years on my own and want to play with others.",
      'en',
      ['Playing with'],
    );
    expect(jam.keys).toContain('inst-band');
  });

  it('gives someone who cannot read music no “what carries over from earlier music”, whoever’s music school is named', async () => {
    const ru = await tap(
      'instrument',
      'Учиться фортепиано вместе с дочкой',
      'Дочь в сентябре пошла в музыкалку, я сижу с ней на уроках и сама загорелась. Нот не знаю. Дома цифровое пианино.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).not.toContain('inst-transfer-list');
    expect(ru.keys).not.toContain('inst-transfer-piece');
    const en = await tap(
      'instrument',
      'Learn piano alongside my son',
      "He's just started at music school and I sit in on his lessons. I can't read music.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).not.toContain('inst-transfer-list');
    // Someone who read music for another instrument keeps it.
    const cello = await tap('instrument', 'Learn the cello', 'I did piano to grade 5 and can read music.', 'en', [
      'Just starting',
    ]);
    expect(cello.keys).toContain('inst-transfer-list');
  });

  it('gives an instrument used only at the club practice without it in between — no daily slot on it', async () => {
    const ru = await tap(
      'instrument',
      'Научиться играть на чатхане',
      'В школе открыли кружок хакасской музыки, но инструмент дают только на занятия, два раза в неделю. Нот не знаю, ни на чём не играл.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('inst-away-days');
    expect(ru.keys).not.toContain('inst-02-open');
    expect(ru.keys).not.toContain('inst-02');
    const en = await tap(
      'instrument',
      'Learn the harp',
      "I'm borrowing the school's instrument, so I can play it only in lessons, twice a week.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).toContain('inst-away-days');
    expect(en.keys).not.toContain('inst-02');
    // An instrument at home keeps the daily slot.
    const home = await tap('instrument', 'Learn the guitar', 'Bought one last week, never played anything.', 'en', [
      'Just starting',
    ]);
    expect(home.keys).toContain('inst-02');
  });
});
