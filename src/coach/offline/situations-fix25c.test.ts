import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the twenty-fifth blind read, fixed in general (helper fix25c)', () => {
  it('gives a racket player too slow around the court movement work, not a weak stroke', async () => {
    const en = await firstFive(
      'sport',
      'Make the first team at my squash club',
      "I've played in the club league for three years. My shots are fine but I'm too slow getting to the back corners.",
    );
    expect(en.keys.slice(0, 3)).toEqual([
      'sport-racket-feet-find',
      'sport-racket-feet-drill',
      'sport-racket-feet-coach',
    ]);
    expect(en.keys).not.toContain('sport-racket-weak');
    expect(en.keys).not.toContain('sport-racket-drill');
    const ru = await firstFive(
      'sport',
      'Попасть в основной состав клуба по бадминтону',
      'Играю в клубе третий год, два раза в неделю. Удары нормальные, но не успеваю к задней линии.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sport-racket-feet-find');
    expect(ru.keys).not.toContain('sport-racket-weak');
  });

  it('still finds the weak stroke for a racket player who names no movement problem (near miss)', async () => {
    const en = await firstFive(
      'sport',
      'Win the club tennis championship',
      "I've played in the club league for three years. My serve lets me down in tight games.",
    );
    expect(en.keys[0]).toBe('sport-racket-weak');
    expect(en.keys).not.toContain('sport-racket-feet-find');
  });

  it('explores options for someone still employed who wants out with no target, without laid-off steps', async () => {
    const ru = await firstFive(
      'career',
      'Уйти с завода, но не понимаю куда',
      'Мне 40, слесарь на заводе в Челябинске. Опять сокращения, хочется чего-то другого, а что я умею, кроме станка, не знаю. Ипотека, так что уйти в никуда не могу.',
      'ru',
    );
    expect(ru.keys[0]).toBe('car-ch-skills');
    expect(ru.keys).toContain('car-ch-options');
    expect(ru.keys).not.toContain('car-lost-money');
    expect(ru.keys).not.toContain('car-lost-tell');
    const en = await firstFive(
      'career',
      'Get out of the warehouse job',
      "There are more redundancies coming at work and I don't know where to go from here. I've only ever done warehouse work.",
    );
    expect(en.keys[0]).toBe('car-ch-skills');
    expect(en.keys).not.toContain('car-lost-money');
  });

  it('keeps the laid-off steps for someone who has already lost the job (near miss)', async () => {
    const ru = await firstFive(
      'career',
      'Найти новую работу',
      'Меня сократили на прошлой неделе, работал бухгалтером.',
      'ru',
    );
    expect(ru.keys).toContain('car-lost-money');
    const en = await firstFive(
      'career',
      'Find a new job',
      'I was made redundant last week after six years as an accountant.',
    );
    expect(en.keys).toContain('car-lost-money');
  });

  it('sets up a book club for two that chooses together, not a book picked alone or reading in the call time', async () => {
    const ru = await firstFive(
      'reading',
      'Читать с мамой по книге в месяц и обсуждать по видеосвязи',
      'Мама в Казани, я в Берлине, созваниваемся по воскресеньям. Хотим свой книжный клуб на двоих.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['read-pair-rules', 'read-pair-pick']);
    expect(ru.keys).not.toContain('read-pick-short');
    expect(ru.keys).not.toContain('read-slot-window');
    expect(ru.text).not.toMatch(/(?:^|\s)(?:обе|каждая)(?:\s|$)/u);
    expect(ru.keys).not.toContain('read-pick-next');
    const en = await firstFive(
      'reading',
      'A book club for two with my sister',
      'She lives in Leeds, I live in Cork; we talk on Sundays and want to read the same book each month.',
    );
    expect(en.keys[0]).toBe('read-pair-rules');
    expect(en.keys).not.toContain('read-pick-short');
  });

  it('keeps reading to a grandchild over video on its own path (near miss)', async () => {
    const en = await firstFive(
      'reading',
      'Read bedtime stories to my grandson over video call',
      'He is four and lives in Canada; we talk on FaceTime on Sundays.',
    );
    expect(en.keys).not.toContain('read-pair-rules');
  });

  it('gives a snacker at a work vending machine steps at work, not "don\'t stock it at home"', async () => {
    const en = await firstFive(
      'quit',
      'Stop buying chocolate from the vending machine at work',
      'I work long shifts in a warehouse and spend £20 a week at the machine, mostly out of boredom.',
    );
    expect(en.keys[0]).toBe('quit-machine-bag');
    expect(en.keys).toContain('quit-machine-cash');
    expect(en.keys).not.toContain('quit-food-home');
    const ru = await firstFive(
      'quit',
      'Перестать покупать шоколадки в автомате на работе',
      'Работаю в офисе, от скуки хожу к автомату по три раза в день.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-machine-bag');
    expect(ru.keys).not.toContain('quit-food-home');
  });

  it('keeps sweets at home on the home path (near miss)', async () => {
    const en = await firstFive(
      'quit',
      'Stop eating crisps every evening',
      'I eat a big bag in front of the TV at home.',
    );
    expect(en.keys).not.toContain('quit-machine-bag');
  });

  it('gives a family in a stopgap home while the house is built storage and space steps, no house-hunting', async () => {
    const en = await firstFive(
      'moving',
      'Move into a static caravan while our house is built',
      'We sold our house and the build will take a year. We move into the caravan on 1 March with two children.',
    );
    expect(en.keys.slice(0, 3)).toEqual(['move-temp-split', 'move-temp-storage', 'move-temp-space']);
    expect(en.keys).not.toContain('move-09');
    const ru = await firstFive(
      'moving',
      'Переехать в вагончик на участке, пока строим дом',
      'Квартиру продали, дом достроим к осени. Нас трое и кот.',
      'ru',
    );
    expect(ru.keys[0]).toBe('move-temp-split');
    expect(ru.keys).not.toContain('move-09');
  });

  it('keeps a family still looking for a flat on the search path (near miss)', async () => {
    const en = await firstFive(
      'moving',
      'Move to a bigger flat',
      "We haven't found a new place yet and want to move in the next few months.",
    );
    expect(en.keys).not.toContain('move-temp-split');
  });

  it('gives a learner mixing a close language with their own the phrases they need, not a call home', async () => {
    const ru = await firstFive(
      'language',
      'Заговорить по-чешски, а не мешать его с русским',
      'Живу в Праге третий год. Понимаю почти всё, потому что похоже, но как начинаю говорить — лезут русские слова. В магазине теряюсь.',
      'ru',
    );
    expect(ru.keys[0]).toBe('lang-near-phrases');
    expect(ru.keys).toContain('lang-near-slips');
    expect(ru.keys).not.toContain('lang-her-talk');
    const en = await firstFive(
      'language',
      'Speak Italian without mixing it with Spanish',
      "I'm a native Spanish speaker living in Milan. I understand most things but when I speak I keep mixing them up.",
    );
    expect(en.keys[0]).toBe('lang-near-phrases');
    expect(en.keys).not.toContain('lang-her-talk');
  });

  it('keeps the call to the person a heritage speaker learns for (near miss)', async () => {
    const en = await firstFive(
      'language',
      'Speak Punjabi with my nani',
      'I grew up hearing it at home and understand it but reply in English.',
    );
    expect(en.keys).toContain('lang-her-talk');
    expect(en.keys).not.toContain('lang-near-phrases');
  });

  it('gives a speaker learning only the script no "pick up where you left off" course', async () => {
    const en = await firstFive(
      'language',
      'Learn to read and write Gujarati',
      'I speak Gujarati with my family but never learned the script. I have 20 minutes on the train each morning.',
    );
    expect(en.keys[0]).toBe('lang-script-chart');
    expect(en.keys).not.toContain('lang-24');
    const ru = await firstFive(
      'language',
      'Научиться читать по-армянски',
      'Говорю по-армянски с детства, а алфавит так и не выучил. Есть 20 минут в метро по утрам.',
      'ru',
    );
    expect(ru.keys[0]).toBe('lang-script-chart');
    expect(ru.keys).not.toContain('lang-24');
  });
});
