import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const some = (keys: string[], prefix: string) => keys.filter((key) => key.startsWith(prefix));
const own = (keys: string[]) => keys.filter((key) => !key.startsWith('hz-'));

describe('the forty-fifth blind read, fixed in general (helper fix45S)', () => {
  it('reads a pension whose years in another country must be proved as a pension from two countries', async () => {
    const ru = await tap(
      'admin',
      'оформить пенсию, а казахстанский стаж не засчитывают',
      'Мне 63, переехала из Павлодара под Омск к сыну. Оформляю пенсию, а в Соцфонде говорят, что казахстанский стаж надо подтверждать справками оттуда. Совхоз закрыли, где архив — непонятно.',
      'ru',
      ['Пособие'],
    );
    expect(own(ru.keys)[0]).toBe('adm-two-agreement');
    expect(ru.keys).toContain('adm-two-missing');
    expect(ru.keys).not.toContain('adm-05');
    const en = await tap(
      'admin',
      'Get my pension sorted',
      'I am 64 and the pension office will not count my years in Kazakhstan until I prove them. The factory I worked at there has closed.',
      'en',
      ['Benefit'],
    );
    expect(en.keys).toContain('adm-two-agreement');
    // A pension earned in one country only keeps the ordinary benefit path.
    const near = await tap(
      'admin',
      'Оформить пенсию',
      'Мне 60, весь стаж в Омске, в Соцфонде сказали, каких справок не хватает.',
      'ru',
      ['Пособие'],
    );
    expect(some(near.keys, 'adm-two-')).toEqual([]);
  });

  it('does not send someone to look up an inheritance deadline the notary already gave', async () => {
    const ru = await tap(
      'admin',
      'наследство на бабушкин дом, а документов толком нет',
      'Бабушка умерла весной, дом в деревне так и не был оформлен: земля в собственности, а дом нет. Нотариус сказал, что на принятие наследства полгода, то есть срок в октябре.',
      'ru',
      ['Наследство'],
    );
    expect(ru.keys).toContain('adm-inh-notary');
    expect(ru.keys).not.toContain('adm-inh-deadline');
    const en = await tap(
      'admin',
      "Sort out my father's estate",
      'Dad died in February. The solicitor told me the deadline is 30 August for the inheritance tax form.',
      'en',
      ['Inheritance'],
    );
    expect(en.keys).not.toContain('adm-inh-deadline');
    const near = await tap(
      'admin',
      'Вступить в наследство после мамы',
      'Мама умерла два месяца назад, осталась квартира. Не знаю, с чего начинать.',
      'ru',
      ['Наследство'],
    );
    expect(near.keys).toContain('adm-inh-deadline');
  });

  it('reads a title moved to a widow after a death as an inheritance, with no surveyor', async () => {
    const en = await tap(
      'admin',
      'get the shamba title deed moved to my name',
      'I am 71 and live near Nyeri. My husband passed two years ago and the title deed for our two acres is still in his name. My son says I need a succession certificate.',
      'en',
      ['Inheritance'],
    );
    expect(en.keys).toContain('adm-inh-notary');
    expect(en.keys).not.toContain('adm-prop-survey');
    const ru = await tap(
      'admin',
      'Переоформить участок на себя',
      'После смерти мужа участок так и записан на него, документы лежат дома. Живу в деревне, до МФЦ далеко.',
      'ru',
      ['Наследство'],
    );
    expect(ru.keys).toContain('adm-inh-notary');
    expect(ru.keys).not.toContain('adm-prop-survey');
    const near = await tap(
      'admin',
      'Register the plot I bought',
      'I bought two acres from a neighbour last year and have only the sale agreement, no title deed yet; the boundaries were never marked.',
      'en',
      ['Registering'],
    );
    expect(near.keys).toContain('adm-prop-survey');
  });

  it('updates the document that carries the old passport number when the new passport is already in hand', async () => {
    const en = await tap(
      'admin',
      'OCI card reissue after my new passport',
      "I got a new British passport in March. Apparently my OCI card has to be updated too and I've never done that online form before. We fly to Kochi on 14 December.",
      'en',
      ['None'],
    );
    expect(en.keys[0]).toBe('adm-pass-done-update');
    expect(en.keys).not.toContain('adm-docs-overlap');
    expect(en.keys).not.toContain('adm-02');
    const ru = await tap(
      'admin',
      'Перенести визу в новый паспорт',
      'Получила новый паспорт в сентябре, а виза в старом паспорте. Летим в декабре, не знаю, что делать с визой.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys).toContain('adm-pass-done-update');
    expect(ru.keys).not.toContain('adm-docs-overlap');
    // Both still to do: the order and the overlap stay.
    const near = await tap(
      'admin',
      "Renew my son's passport and his OCI card",
      'His passport expires in March and the OCI card is in the old passport. Not sure which one to do first.',
      'en',
      ['None'],
    );
    expect(near.keys[0]).toBe('adm-docs-order');
    expect(near.keys).not.toContain('adm-pass-done-update');
  });

  it('gives a stall already trading at a loss its own numbers, not the start-up rules and budget', async () => {
    const en = await tap(
      'business',
      'get my sourdough stall at the Saturday market to break even',
      "I started selling sourdough at the farmers' market in September and I'm still losing about $60 a week once the stall fee and flour are counted.",
      'en',
      // Before the fix the food-stall button was offered and tapped.
      ['A business already trading', 'Selling food I make'],
    );
    expect(en.keys).not.toContain('biz-food-register');
    expect(en.keys).not.toContain('biz-food-budget');
    const ru = await tap(
      'business',
      'Выйти в плюс с пирожками на ярмарке',
      'В мае начала продавать пирожки на ярмарке выходного дня, но пока работаю в убыток: место и мука съедают всё.',
      'ru',
      ['Бизнес уже работает', 'Точка или прилавок'],
    );
    expect(ru.keys).not.toContain('biz-food-register');
    const near = await tap(
      'business',
      'Start a sourdough stall at the farmers market',
      'I bake for friends and want my first stall in spring. Not sure what I need to register.',
      'en',
      ['Selling food I make'],
    );
    expect(near.keys).toContain('biz-food-register');
  });

  it('puts the seller rules, a test parcel and one listing first when a roadside seller wants to sell online', async () => {
    const ru = await tap(
      'business',
      'продавать мёд через интернет, а не только у трассы',
      'У отца пасека. Мёд продаём летом с лотка у трассы туристам, а зимой он просто стоит. Хочу попробовать Авито и маркетплейсы, но не знаю, какие нужны документы и как отправлять банки, чтобы не бились.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('biz-online-rules');
    expect(ru.keys).toContain('biz-online-ship');
    expect(ru.keys).not.toContain('biz-season-past');
    expect(ru.keys).not.toContain('biz-season-partner');
    const en = await tap(
      'business',
      'Sell my pickles online, not just at the market',
      'I sell pickles at the weekend market and want to try a marketplace or Etsy, but I have no idea how to post glass jars.',
      'en',
      ['None'],
    );
    expect(en.keys).toContain('biz-online-rules');
    // A quiet season with no online selling keeps the past-client steps.
    const near = await tap(
      'business',
      'Fill the quiet months at my dog grooming salon',
      'January and February are dead every year, my regulars come back only in spring.',
      'en',
      ['A quiet season'],
    );
    expect(some(near.keys, 'biz-online-')).toEqual([]);
    expect(near.keys).toContain('biz-season-past');
  });

  it('keeps the parent-or-guardian plan for school-age sellers only', async () => {
    const en = await tap(
      'business',
      'selling my chilli sauce at the saturday market',
      "I'm 20 and live with my gran outside Suva. Friends keep asking for bottles of my chilli sauce. I'd like a stall at the municipal market by the end of the school holidays.",
      'en',
      ['Selling food I make in jars'],
    );
    expect(en.keys).not.toContain('biz-young-parent');
    const ru = await tap(
      'business',
      'Продавать аджику на рынке',
      'Мне 19, я студентка, на школьные каникулы брата хочу вместе с ним продавать нашу аджику на рынке.',
      'ru',
      ['Свои соусы'],
    );
    expect(ru.keys).not.toContain('biz-young-parent');
    const near = await tap(
      'business',
      'Sell my chilli sauce at the market',
      "I'm 15 and want to sell bottles of my chilli sauce at the market in the school holidays.",
      'en',
      ['Selling food I make in jars'],
    );
    expect(near.keys).toContain('biz-young-parent');
  });

  it('leaves the hardship plan and the collectors out for pay-later plans kept up to date', async () => {
    const en = await tap(
      'finance',
      'Afterpay and credit card mess gone before Christmas',
      "I owe about $4,200 across one credit card and three buy-now-pay-later accounts. I earn around $1,100 a week. I've never written a budget down.",
      'en',
      ['Payday loans or pay-later plans'],
    );
    expect(en.keys).not.toContain('fin-pd-plan');
    expect(en.keys).not.toContain('fin-pd-collectors');
    const ru = await tap(
      'finance',
      'Закрыть сплит и рассрочки',
      'Набрала покупок долями и через сплит, всего около 60 тысяч, плачу без пропусков. Хочу всё закрыть к Новому году.',
      'ru',
      ['Микрозаймы'],
    );
    expect(ru.keys).not.toContain('fin-pd-plan');
    expect(ru.keys).not.toContain('fin-pd-collectors');
    const near = await tap(
      'finance',
      'Get out of Afterpay debt',
      "I've missed two Afterpay payments and the late fees keep adding up, and now a debt collector is calling.",
      'en',
      ['Payday loans or pay-later plans'],
    );
    expect(near.keys).toContain('fin-pd-plan');
  });

  it('writes down a moneylender loan and asks for a cheaper one, with no minimums or autopay', async () => {
    const en = await tap(
      'finance',
      'pay off the wedding loan without losing the land',
      "I'm 61 and farm near Bikaner. I took a loan of 3 lakh from a moneylender for my daughter's wedding and the interest is eating everything.",
      'en',
      ['Paying off loans'],
    );
    expect(own(en.keys)[0]).toBe('fin-ml-record');
    expect(en.keys).toContain('fin-ml-cheaper');
    expect(en.keys).not.toContain('fin-18');
    expect(en.keys).not.toContain('fin-debt-auto');
    const ru = await tap(
      'finance',
      'Рассчитаться с долгом за свадьбу',
      'Взял под проценты у соседа 200 тысяч на свадьбу дочери, проценты съедают всё, что выручаю с огорода.',
      'ru',
      ['Выплатить кредиты'],
    );
    expect(ru.keys).toContain('fin-ml-record');
    expect(ru.keys).not.toContain('fin-debt-auto');
    const near = await tap(
      'finance',
      'Pay off my car loan and credit card',
      'I have a bank car loan and a credit card, about $9,000 in total, paid monthly from my salary.',
      'en',
      ['Paying off loans'],
    );
    expect(some(near.keys, 'fin-ml-')).toEqual([]);
    expect(near.keys).toContain('fin-18');
  });

  it('does not plan next month again after the running-short month map', async () => {
    const en = await tap(
      'finance',
      'stop running out of money before payday',
      "I send a third of my salary home. By the 25th I'm borrowing from officemates. I've never kept a budget.",
      'en',
      ['Running short'],
    );
    expect(en.keys).toContain('fin-short-map');
    expect(en.keys).not.toContain('fin-16');
    const ru = await tap(
      'finance',
      'Дотягивать до зарплаты',
      'К концу месяца денег уже нет, занимаю у коллег. Бюджет никогда не вела.',
      'ru',
      ['Не хватает'],
    );
    expect(ru.keys).not.toContain('fin-16');
  });

  it('gives a lapsed nurse the return route, not the entry route and school grades', async () => {
    const en = await tap(
      'career',
      'back to nursing after twelve years at home',
      "I was a registered nurse before I stopped working to raise my children. My licence has lapsed and I'd need a refresher programme before I can renew it.",
      'en',
      ['Renewing a lapsed registration'],
    );
    expect(en.keys[0]).toBe('car-ret-route');
    expect(en.keys).not.toContain('car-reg-route');
    expect(en.keys).not.toContain('car-reg-entry');
    const ru = await tap(
      'career',
      'Вернуться в медсёстры',
      'Десять лет была дома с детьми, до этого работала медсестрой в больнице. Хочу вернуться в профессию.',
      'ru',
      ['Восстановить допуск'],
    );
    expect(ru.keys).toContain('car-ret-route');
    expect(ru.keys).not.toContain('car-reg-entry');
    const near = await tap(
      'career',
      'Become a nurse at 40',
      'I work in retail and have always wanted to train as a nurse.',
      'en',
      ['Qualifying as a nurse'],
    );
    expect(near.keys).toContain('car-reg-route');
  });

  it('treats corporate training named as the target as a switch to a chosen field', async () => {
    const ru = await tap(
      'career',
      'уйти из школы в корпоративное обучение',
      'Мне 41, учитель английского, в школе 17 лет. Слышала, что в компаниях нужны тренеры и методисты, но не понимаю, как туда попасть и что писать в резюме.',
      'ru',
      ['Переход в уже выбранную'],
    );
    expect(ru.keys).not.toContain('car-ch-options');
    expect(some(ru.keys, 'car-sw-').length).toBeGreaterThan(0);
    const en = await tap(
      'career',
      'Leave teaching for corporate training',
      'Twelve years as a primary teacher. I want to move into learning and development at a company.',
      'en',
      ["Switching to a field I've already chosen"],
    );
    expect(en.keys).not.toContain('car-ch-options');
    const near = await tap(
      'career',
      'Уйти из школы',
      'Пятнадцать лет учитель, выгорела, но не понимаю, чем ещё могу заниматься.',
      'ru',
    );
    expect(some(near.keys, 'car-sw-')).toEqual([]);
  });
});
