import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the fifty-second blind read, whole-path misfits (fix53L)', () => {
  it('gives someone organising a party for their street the permit, helpers and invitations, not a club to join', async () => {
    const en = await tap(
      'social',
      'throw a block party for our road this summer',
      "We've lived here five years and barely know anyone. I'd like everyone out one Saturday with food, but I don't know whether we have to apply to close the road.",
      'en',
    );
    expect(en.keys).toContain('soc-street-permit');
    expect(en.keys).not.toContain('soc-03');
    expect(en.keys).not.toContain('soc-07');
    const ru = await tap(
      'social',
      'устроить праздник двора на масленицу',
      'Живём в доме пять лет, знаю пару семей. Хочу, чтобы весь двор вышел: блины, чай, игры для детей. Не знаю, надо ли что-то согласовывать.',
      'ru',
    );
    expect(ru.keys).toContain('soc-street-note');
    expect(ru.keys).not.toContain('soc-03');
    const near = await tap(
      'social',
      'get to know my neighbours',
      "I moved into a block of flats a year ago and still don't know anyone in the building.",
      'en',
      ['Getting to know the neighbours'],
    );
    expect(near.keys.some((key) => key.startsWith('soc-nbr-'))).toBe(true);
    expect(near.keys.some((key) => key.startsWith('soc-street-'))).toBe(false);
  });

  it('gives a place already named for volunteering and a group once left the way in and back, not "stay after" or "find three"', async () => {
    const en = await tap(
      'social',
      'get out of the house more since my husband died',
      "I'm 70. The library near me is looking for volunteers for the children's story hour, but every time I walk past I don't go in. I used to go to the walking group too and I'm embarrassed to go back after so long.",
      'en',
      ['Becoming a volunteer'],
    );
    expect(en.keys).not.toContain('soc-stay-ten');
    expect(en.keys).not.toContain('soc-vol-what');
    expect(en.keys).not.toContain('soc-vol-find');
    expect(en.keys).toContain('soc-lapsed-back');
    const ru = await tap(
      'social',
      'перестать сидеть дома одной после смерти мужа',
      'Мне 68. В библиотеке рядом нужны волонтёры читать детям, а я каждый раз прохожу мимо и не захожу. Раньше ходила в хор в церкви, перестала ходить, когда муж заболел, и теперь стыдно возвращаться.',
      'ru',
      ['Стать волонтёром'],
    );
    expect(ru.keys).not.toContain('soc-stay-ten');
    expect(ru.keys).not.toContain('soc-vol-find');
    expect(ru.keys.some((key) => key === 'soc-lapsed-back' || key === 'soc-passed-date')).toBe(true);
    const near = await tap(
      'social',
      'talk to people at church',
      'I go to church every Sunday but slip out during the last hymn, and nobody knows my name.',
      'en',
    );
    expect(near.keys).toContain('soc-stay-ten');
    expect(near.keys).not.toContain('soc-lapsed-back');
    const cause = await tap(
      'social',
      'start volunteering',
      "I'm retired and want to help others somewhere, but I'm not sure what cause.",
      'en',
      ['Becoming a volunteer'],
    );
    expect(cause.keys).toContain('soc-vol-what');
  });

  it('gives someone whose grandchild interprets at the doctor the patient’s language, not the grandchildren’s words', async () => {
    const ru = await tap(
      'language',
      'объясняться на иврите в поликлинике',
      'Мне 70, живём в Ашдоде третий год. К врачу хожу с внучкой, она переводит, а я сижу молча. Хочу сам.',
      'ru',
      ['Только'],
    );
    expect(ru.keys.some((key) => key.startsWith('lang-grand-'))).toBe(false);
    expect(ru.keys.some((key) => key.startsWith('lang-doc-'))).toBe(true);
    const hyphen = await tap(
      'language',
      'говорить с врачом на немецком без дочки-переводчицы',
      'Мне 66, переехала к дочери в Лейпциг. К врачам хожу только с ней.',
      'ru',
      ['Только'],
    );
    expect(hyphen.keys.some((key) => key.startsWith('lang-grand-'))).toBe(false);
    const en = await tap(
      'language',
      'speak Hebrew at the clinic without my grandson as interpreter',
      "I'm 68 and moved to Israel two years ago. I manage in shops, but at the doctor's he translates for me and I just sit there.",
      'en',
      ['Just starting'],
    );
    expect(en.keys.some((key) => key.startsWith('lang-grand-'))).toBe(false);
    const near = await tap(
      'language',
      'внук говорит только по-испански',
      'Хочу понимать внуков, когда они приезжают летом: они говорят только по-испански.',
      'ru',
      ['Только'],
    );
    expect(near.keys.some((key) => key.startsWith('lang-grand-'))).toBe(true);
  });

  it('gives a trader who buys stock abroad the buyer’s phrases and haggling, not the phrases for her own till', async () => {
    const en = await tap(
      'language',
      'learn enough Turkish to haggle at the wholesale market',
      'I run a small clothes shop and fly to Istanbul twice a year to buy stock. I always need a middleman who talks for me and I think he overcharges.',
      'en',
      ['Just starting'],
    );
    expect(en.keys).toContain('lang-buy-phrases');
    expect(en.keys.some((key) => key.startsWith('lang-sell-'))).toBe(false);
    expect(en.texts.join(' ')).not.toMatch(/when you sell|at the till/i);
    const ru = await tap(
      'language',
      'выучить китайский, чтобы самой торговаться в Гуанчжоу',
      'Я продаю одежду на рынке в Хабаровске, за товаром езжу в Китай, там всё через посредника.',
      'ru',
      ['Только'],
    );
    expect(ru.keys).toContain('lang-buy-phrases');
    expect(ru.keys.some((key) => key.startsWith('lang-sell-'))).toBe(false);
    const near = await tap(
      'language',
      'learn French for the customers at my stall',
      'I sell fabric at a market stall and many of my customers speak French.',
      'en',
      ['Just starting'],
    );
    expect(near.keys).toContain('lang-sell-phrases');
    expect(near.keys.some((key) => key.startsWith('lang-buy-'))).toBe(false);
  });
});

describe('the fifty-second blind read, single steps (fix53L)', () => {
  it('sends a chewer whose dentist already found patches back to ask for the specialist check, with no quitline for nicotine', async () => {
    const en = await tap(
      'quit',
      'give up chewing betel nut',
      'I chew betel with lime all day with the guys on my shift. The dentist found white patches inside my cheek and said they could turn into cancer.',
      'en',
      ['Quitting'],
    );
    expect(en.keys).toContain('hz-oral-found');
    expect(en.keys).not.toContain('hz-oral-dentist');
    expect(en.keys).not.toContain('quit-smoke-support');
    expect(en.texts.join(' ')).not.toMatch(/most are harmless/i);
    const ru = await tap(
      'quit',
      'бросить закладывать насвай',
      'Закладываю насвай лет десять. Стоматолог нашёл белые пятна на десне и сказал, что это может перейти в рак.',
      'ru',
    );
    expect(ru.keys).toContain('hz-oral-found');
    expect(ru.keys).not.toContain('hz-oral-dentist');
    const near = await tap(
      'quit',
      'give up chewing betel nut',
      'I chew betel with lime all day. My gums are sore and bleed when I brush.',
      'en',
      ['Quitting'],
    );
    expect(near.keys).toContain('hz-oral-dentist');
    expect(near.keys).not.toContain('hz-oral-found');
    const smoker = await tap('quit', 'quit smoking', 'Ten years of cigarettes, a pack a day, I want to stop.', 'en');
    expect(smoker.keys).toContain('quit-smoke-support');
  });

  it('clears a vaper’s supplies without a pasted line for phone habits', async () => {
    const en = await tap(
      'quit',
      'stop buying disposable vapes',
      "I'm 22 and get through four disposables a week. It's costing me a fortune and I want the money for a holiday.",
      'en',
      ['Quitting'],
    );
    expect(en.texts.join(' ')).not.toMatch(/phone habit|home screen/i);
    const ru = await tap('quit', 'бросить вейп', 'Парю одноразки, уходит куча денег.', 'ru');
    expect(ru.texts.join(' ')).not.toMatch(/привычка живёт в телефоне|главного экрана/i);
  });

  it('gives a parent snapping at a teenager a pause and a repair for a teenager, not eye level and "the older child"', async () => {
    const en = await tap(
      'family',
      'stop losing my temper with my teenage daughter',
      "She's 14 and every talk about her room or her phone ends in me shouting. I'm exhausted after work.",
      'en',
      ['I lose my temper'],
    );
    expect(en.keys).toContain('fam-temper-repair-teen');
    expect(en.texts.join(' ')).not.toMatch(/eye level|older child/i);
    const ru = await tap(
      'family',
      'перестать орать на сына-подростка',
      'Сыну 16, любой разговор про учёбу и телефон заканчивается моим криком.',
      'ru',
      ['Срываюсь'],
    );
    expect(ru.keys).toContain('fam-temper-pause-teen');
    expect(ru.texts.join(' ')).not.toMatch(/уровень глаз|старшему ребёнку/i);
    const near = await tap(
      'family',
      'stop shouting at my kids',
      'They are 4 and 6 and by bedtime I lose my temper over nothing.',
      'en',
      ['I lose my temper'],
    );
    expect(near.keys).toContain('fam-temper-repair');
    expect(near.keys).not.toContain('fam-temper-repair-teen');
  });

  it('asks for a retina check with drops when sugar signs and an eye check come together, not a glasses test', async () => {
    const en = await tap(
      'checkup',
      'get my blood sugar and eyes tested',
      "I'm 60, always thirsty and my sight has gone blurry for reading. My mother had diabetes.",
      'en',
      ['The eye test'],
    );
    expect(en.keys).toContain('chk-eyes-sugar');
    expect(en.keys).not.toContain('chk-eyes-book');
    const ru = await tap(
      'checkup',
      'проверить сахар и зрение',
      'Мне 57, постоянно хочется пить, стал хуже видеть газету. У отца диабет.',
      'ru',
      ['Проверка зрения'],
    );
    expect(ru.keys).toContain('chk-eyes-sugar');
    const near = await tap(
      'checkup',
      'get my eyes tested',
      'Small print has gone blurry and I think I need glasses.',
      'en',
      ['The eye test'],
    );
    expect(near.keys).toContain('chk-eyes-book');
    expect(near.keys).not.toContain('chk-eyes-sugar');
  });

  it('gives weekly calls that turn into rows a calm answer and the subject set aside, not "make the call easy"', async () => {
    const en = await tap(
      'family',
      'weekly calls with my dad without it ending in an argument',
      'We talk every Saturday, but he always brings up why I quit my job.',
      'en',
      ['Regular phone calls'],
    );
    expect(en.keys).not.toContain('fam-calls-easy');
    expect(en.keys.some((key) => key === 'fam-calls-answer' || key === 'fam-calls-pause')).toBe(true);
    const ru = await tap(
      'family',
      'созваниваться с мамой без ссор',
      'Созваниваемся по воскресеньям, но каждый раз спрашивает, когда я выйду замуж, и всё заканчивается ссорой.',
      'ru',
      ['Регулярно созваниваться'],
    );
    expect(ru.keys).not.toContain('fam-calls-easy');
    const near = await tap(
      'family',
      'call my grandma every sunday',
      'She lives alone three hours away and I keep forgetting to ring her.',
      'en',
      ['Regular phone calls'],
    );
    expect(near.keys).not.toContain('fam-calls-answer');
  });

  it('gives no app first to a learner who says apps never lasted', async () => {
    const en = await tap(
      'language',
      'learn enough Portuguese to chat with my father-in-law',
      "He only speaks Portuguese. I've tried the apps before but they never lasted and I work long shifts.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).not.toContain('lang-02');
    const ru = await tap(
      'language',
      'выучить турецкий, чтобы говорить со свекровью',
      'Она почти не говорит по-русски. Пробовала приложения, бросила через неделю.',
      'ru',
      ['Только'],
    );
    expect(ru.keys).not.toContain('lang-02');
    const near = await tap('language', 'learn Portuguese', 'Complete beginner, never studied it.', 'en', [
      'Just starting',
    ]);
    expect(near.keys).toContain('lang-02');
  });

  it('asks once for what makes a screening easier when pain or fear is named, and keeps the questions step otherwise', async () => {
    const en = await tap(
      'checkup',
      'finally book my cervical screening',
      'The last one was really painful and I have put it off for three years.',
      'en',
      ['Cancer screening'],
    );
    expect(en.keys).toContain('chk-scr-pain');
    expect(en.keys).not.toContain('chk-scr-ask');
    const ru = await tap('checkup', 'записаться на мазок', 'В прошлый раз было очень больно, три года тяну.', 'ru', [
      'Скрининг',
    ]);
    expect(ru.keys).not.toContain('chk-scr-ask');
    const near = await tap('checkup', 'book my first mammogram', "I'm 50 and got the invitation letter.", 'en', [
      'Cancer screening',
    ]);
    expect(near.keys).not.toContain('chk-scr-pain');
  });

  it('gives a certification retake no "lab for the weakest area" on top of the weakest-area practice', async () => {
    const en = await tap(
      'exam',
      'pass the ACCA paper on my second try',
      'I failed it in March with 46, so I know the format. The resit is in September and I study after work.',
      'en',
      ['The certification exam'],
    );
    expect(en.keys).toContain('exam-known-weak');
    expect(en.keys).not.toContain('exam-cert-practical');
  });

  it('gives someone sorting a late parent’s shed of tools no "finish their project" or "customers waiting"', async () => {
    const en = await tap(
      'grief',
      "clear my grandad's garage",
      'He died in March. The garage is full of his tools and tins of screws, and the house has to be sold by summer. I keep just standing there.',
      'en',
      ['Sorting'],
    );
    expect(en.keys).not.toContain('grief-left-piece');
    expect(en.keys).not.toContain('grief-left-waiting');
    expect(en.texts.join(' ')).not.toMatch(/puzzle|customers/i);
  });

  it('asks a grieving person who cries at work for cover before the next shift, not "on the first day"', async () => {
    const en = await tap(
      'grief',
      'getting through losing my old cat',
      'We had to put him down three weeks ago. At the shop I smile at customers and cry in the toilets at lunch.',
      'en',
    );
    expect(en.texts.join(' ')).not.toMatch(/on the first day|first morning/i);
    const ru = await tap(
      'grief',
      'как пережить смерть кота',
      'Три недели назад пришлось усыпить кота. На работе улыбаюсь покупателям, а в перерыв плачу в подсобке.',
      'ru',
    );
    expect(ru.texts.join(' ')).not.toMatch(/в первый день|в первое утро/i);
  });

  it('gives a retiree who knows the club but is too shy to walk in alone its next session, not two choirs to find', async () => {
    const ru = await tap(
      'social',
      'наконец дойти до хора в доме культуры',
      'Мне 72, я на пенсии. В доме культуры есть хор для пенсионеров, но одна идти стесняюсь — там все уже друг друга знают.',
      'ru',
      ['Только'],
    );
    expect(ru.keys).not.toContain('soc-sing-find');
    expect(ru.keys).not.toContain('soc-05');
    expect(ru.keys).toContain('soc-passed-date');
    const en = await tap(
      'social',
      'finally join the choir at the community centre',
      "I'm retired. There's a choir at our community centre on Thursdays but I'm too shy to go alone, they all know each other already.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).not.toContain('soc-sing-find');
    expect(en.keys).toContain('soc-passed-date');
  });

  it('leaves out the chats of one’s own language when they are named as no help', async () => {
    const ru = await tap(
      'social',
      'найти друзей в Ереване',
      'Переехал год назад, работаю из дома. Русскоязычные чаты есть, но там в основном про аренду и визы. Хочу пару людей, с кем ходить в горы.',
      'ru',
      ['Компания для хобби'],
    );
    expect(ru.keys.some((key) => key.startsWith('soc-tongue-'))).toBe(false);
    const near = await tap(
      'social',
      'найти русскоязычных друзей в Ереване',
      'Переехала год назад, по-армянски не говорю, хочу подруг, которые говорят по-русски.',
      'ru',
    );
    expect(near.keys.some((key) => key.startsWith('soc-tongue-'))).toBe(true);
  });

  it('asks no list of balances from someone who already put every debt in a table', async () => {
    const ru = await tap(
      'finance',
      'разобраться с двумя кредитками',
      'Долг по двум картам около 200 тысяч, гашу одну другой. Все платежи уже записала в таблицу, но легче не стало.',
      'ru',
      ['Долг по кредитной карте'],
    );
    expect(ru.keys).not.toContain('fin-10');
    const en = await tap(
      'finance',
      'clear my two credit cards',
      "About 6,000 across two cards and I keep moving it from one to the other. I've listed all the balances and payments already.",
      'en',
      ['Credit card debt'],
    );
    expect(en.keys).not.toContain('fin-10');
  });
});
