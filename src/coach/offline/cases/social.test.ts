import { describe, expect, it } from 'vitest';
import { tapping } from '../../../../test/factories/converse.js';
import {
  anyWithPrefix,
  baseKeys,
  firstFive,
  questionFor,
  talk,
  tap,
  withPrefix,
} from '../../../../test/factories/offline-cases.js';

// Goals of the social kind (content/goals/types/social.yaml), walked through the offline coach as a person would: the
// situation named and the steps it brings, the level, and a danger named in passing that leads the path. Where a new
// case goes: docs/coach.md.
const steps = async (...args: Parameters<typeof tap>) => baseKeys((await tap(...args)).keys);

const RISKY = [
  'skill-risky-teacher',
  'skill-risky-rules',
  'skill-risky-kit',
  'skill-risky-emergency',
  'skill-risky-first',
];

const CARE = ['skill-care-ask', 'skill-care-leaflet', 'skill-care-kit', 'skill-care-first', 'skill-care-log'];

const NEAR = ['soc-near-list', 'soc-near-tea', 'soc-near-calls'];

const VENUES = ['soc-older-centre', 'soc-07', 'soc-08', 'soc-10'];

describe("harmful steps named in a social goal lead its path, and near misses keep the kind's own steps", () => {
  it('gives a search-and-rescue team its newcomer roles and training, a swimming group the activity-group steps', async () => {
    const ru = await firstFive(
      'social',
      'Вступить в поисковый отряд «Лиза Алерт»',
      'Давно хочу помогать, но боюсь, что не подойду: я не спортивная и плохо ориентируюсь в лесу. Живу в Твери, по выходным свободна.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['soc-res-roles', 'soc-res-meeting']);
    expect(ru.keys).toContain('soc-res-train');
    expect(ru.text).not.toMatch(/бариста/);
    const en = await firstFive(
      'social',
      'Volunteer with mountain rescue',
      "I'm a keen hillwalker and want to give something back.",
    );
    expect(en.keys[0]).toBe('soc-res-roles');
    const swim = await firstFive(
      'social',
      'Find a group to go sea swimming with through the winter',
      "I moved to Brighton in the spring and I've been swimming alone, which feels risky now it's getting colder. I'm quite shy in groups but I'd love a regular crowd.",
    );
    // Swimming alone in the sea is a danger named in passing: its steps lead, then the group's.
    expect(swim.keys[0]).toBe('hz-swim-watch');
    expect(swim.keys.find((key) => !key.startsWith('hz-'))).toBe('soc-hobby-club');
    expect(swim.keys).not.toContain('soc-01');
    const ice = await firstFive(
      'social',
      'Найти компанию для зимнего плавания',
      'Плаваю в проруби одна, хочется с людьми.',
      'ru',
    );
    expect(ice.keys[0]).toBe('soc-hobby-club');
  });
});

describe('social: the level and what the person already has or does', () => {
  it('gives getting to know people at the allotments the people already there — not a club elsewhere', async () => {
    const en = await firstFive(
      'social',
      "Get to know people at the allotments now I've finally got a plot",
      'Took over plot 17 in April after four years on the waiting list. Everyone seems to know each other and I just dig quietly and go home.',
    );
    expect(en.keys.slice(0, 3)).toEqual(['soc-plot-times', 'soc-plot-ask', 'soc-plot-share']);
    expect(en.keys).not.toContain('soc-03');
    expect(en.keys).not.toContain('soc-08');
    const ru = await firstFive(
      'social',
      'Познакомиться с соседями по даче',
      'Купили дачу в СНТ весной, никого не знаем.',
      'ru',
    );
    expect(ru.keys[0]).toBe('soc-plot-times');
    expect(ru.text).toMatch(/участк/);
    // Neighbours in a block of flats keep the building's steps.
    const flats = await firstFive('social', 'Get to know my neighbours', 'We moved into a new building in March.');
    expect(flats.keys[0]).toBe('soc-nbr-chat');
    expect(flats.keys).not.toContain('soc-plot-times');
  });

  it('gives asking out someone already known a moment, a sentence and the ask — not a club or openers', async () => {
    const en = await firstFive(
      'social',
      'Ask someone out for the first time',
      "There's a woman in my Thursday pottery class I chat to every week, and the course ends in five weeks.",
    );
    expect(en.keys[0]).toBe('soc-ask-when');
    expect(en.keys).toContain('soc-ask-do');
    expect(en.keys).not.toContain('soc-03');
    expect(en.keys).not.toContain('soc-07');
    const ru = await firstFive(
      'social',
      'Пригласить на свидание девушку с работы',
      'Мы каждый день обедаем вместе.',
      'ru',
    );
    expect(ru.keys[0]).toBe('soc-ask-when');
    expect(ru.keys).not.toContain('soc-08');
    // Dating in general keeps the dating path.
    const dating = await firstFive('social', 'Start dating again', 'Divorced last year, never used an app.');
    expect(dating.keys).not.toContain('soc-ask-when');
  });

  it("reads a friend wanted in a partner's village as social, with steps among the people already there", async () => {
    const en = await talk(
      null,
      "Make one friend in my husband's village",
      "I married in March and moved to his family's village. I'm at home with my mother-in-law most of the day and all the women here grew up together. They're polite, but I'm always the guest.",
      'en',
      tapping([]),
    );
    expect(en.keys[0]).toBe('soc-wed-where');
    expect(en.keys).not.toContain('fam-22');
    expect(en.keys).not.toContain('soc-03');
    const ru = await talk(
      null,
      'Найти подругу в селе мужа',
      'Переехала к мужу в село, сижу дома со свекровью, местные женщины знают друг друга с детства.',
      'ru',
      tapping([]),
    );
    expect(ru.keys[0]).toBe('soc-wed-where');
    expect(ru.keys).not.toContain('soc-03');
    // A move to a new city for work keeps the club-and-meetup steps.
    const city = await firstFive('social', 'Make friends in a new city', 'I moved to Leeds for work and know nobody.');
    expect(city.keys[0]).toBe('soc-03');
    expect(city.keys).not.toContain('soc-wed-where');
  });

  it('helps someone stay and talk at the group they already go to, not find a new one', async () => {
    const en = await tap(
      'social',
      'Talk to people after church',
      "I'm 31 and always leave during the last hymn so nobody talks to me.",
      'en',
      ['Just starting'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['soc-stay-ten', 'soc-stay-one']);
    expect(en.keys).not.toContain('soc-03');
    expect(en.keys).not.toContain('soc-08');
    const ru = await tap(
      'social',
      'Оставаться на чай после службы',
      'Хожу в храм каждое воскресенье, но после службы сразу ухожу, ни с кем не знакома.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('soc-stay-ten');
    expect(ru.keys).not.toContain('soc-03');
    // Someone with no group yet keeps "find one group".
    const none = await tap('social', 'Make new friends in my city', 'I moved here a year ago and know nobody.', 'en', [
      'Just starting',
    ]);
    expect(none.keys).toContain('soc-03');
  });

  it('helps someone already going to classes stay and talk there — no new place to find', async () => {
    const ru = await tap(
      'social',
      'Ходить в «Московское долголетие» и там с кем-то подружиться',
      'Мне 67, два года как овдовела. Записалась на скандинавскую ходьбу и английский, но прихожу, занимаюсь и сразу домой, ни с кем не разговариваю.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['soc-stay-ten', 'soc-stay-one', 'soc-stay-job']);
    expect(ru.keys).not.toContain('soc-older-centre');
    expect(ru.keys).not.toContain('soc-03');
    const en = await tap(
      'social',
      'Make a friend at my pottery class',
      "I'm 70 and go every Tuesday, but I go straight home after and never talk to anyone.",
      'en',
    );
    expect(en.keys[0]).toBe('soc-stay-ten');
    expect(en.keys).not.toContain('soc-older-centre');
    // A retired person with no group yet still gets a place to find.
    const older = await tap('social', 'Meet people my age', "I'm retired and live alone since my wife died.", 'en');
    expect(older.keys).toContain('soc-older-centre');
  });

  it('gives someone already invited by a club the reply and the one session — not "find a group"', async () => {
    const ru = await tap(
      'social',
      'Начать ходить в клуб настольных игр',
      'Мне 22. Нашёл клуб в своём районе, написал в клуб, меня пригласили на игровой вечер в пятницу, но я стесняюсь идти один.',
      'ru',
    );
    expect(ru.keys[0]).toBe('soc-found-reply');
    expect(ru.keys).not.toContain('soc-03');
    const en = await tap(
      'social',
      'Join the local rowing club',
      'I emailed the club in June and they invited me to a taster session, but I got nervous and never replied. Everyone there seems to know each other.',
      'en',
    );
    expect(en.keys[0]).toBe('soc-found-reply');
    expect(en.keys).not.toContain('soc-03');
    // Someone with no group yet still finds one.
    const none = await tap('social', 'Join a club and make friends', 'I moved here last month and know nobody.', 'en');
    expect(none.keys).toContain('soc-03');
    expect(none.keys.some((key) => key.startsWith('soc-found-'))).toBe(false);
  });

  it('joins in at the weddings and parties someone already goes to, instead of finding a club', async () => {
    const en = await steps(
      'social',
      'Stop being a wallflower at parties',
      'At every work party and wedding I end up standing in the corner with my phone while everyone dances.',
      'en',
      ['Just starting'],
    );
    expect(en.slice(0, 4)).toEqual(['soc-party-job', 'soc-party-phone', 'soc-party-answers', 'soc-party-join']);
    for (const key of ['soc-03', 'soc-10', 'soc-04']) expect(en).not.toContain(key);
    const ru = await steps(
      'social',
      'Перестать сидеть в углу на праздниках',
      'На семейных праздниках и свадьбах сижу в телефоне, а когда заговаривают, отвечаю односложно.',
      'ru',
      ['Только'],
    );
    expect(ru[0]).toBe('soc-party-job');
    expect(ru).not.toContain('soc-03');
    // Making friends from scratch keeps the group to find.
    const plain = await steps(
      'social',
      'Make a few new friends',
      "I'm 34 and most of my friends have moved away.",
      'en',
      ['Just starting'],
    );
    expect(plain).toContain('soc-03');
    expect(withPrefix(plain, 'soc-party-')).toEqual([]);
  });

  it('warms up before the first session and goes back after it when meeting someone in person', async () => {
    const en = await tap(
      'social',
      'meet women in real life, not on apps',
      "I'm 31, the apps got me nowhere, and I freeze when I want to talk to someone. I'd like to join a class.",
      'en',
      ['Meeting someone in person'],
    );
    expect(en.keys).toEqual(['soc-date-places', 'soc-date-opener', 'soc-date-warm', 'soc-date-go', 'soc-date-again']);
    const ru = await tap(
      'social',
      'познакомиться с парнем вживую',
      'Мне 29, в приложениях одни переписки. Хочу ходить туда, где можно познакомиться без приложений.',
      'ru',
      ['Знакомство вживую'],
    );
    expect(ru.keys).toContain('soc-date-warm');
    expect(ru.keys).not.toContain('soc-07');
    const near = await tap('social', 'make a few friends in a new city', "I'm 27, shy, and just moved for work.");
    expect(near.keys).not.toContain('soc-date-warm');
  });

  it('sends no search for a games night already found, turned back at its door, and no second plan after the game chat', async () => {
    const ru = await tap(
      'social',
      'сходить одной на вечер настольных игр',
      'В баре рядом по средам игротека, я уже дважды подходила к двери и уходила. Хочу зайти и остаться до конца.',
      'ru',
      [],
    );
    expect(ru.keys).not.toContain('soc-table-find');
    expect(ru.keys).toContain('soc-passed-first');
    const en = await tap(
      'social',
      'go to a board game night on my own',
      "There's a café with a games night every Tuesday; I've walked up to the door twice and gone home. I want to go in and stay.",
      'en',
      [],
    );
    expect(en.keys).not.toContain('soc-table-find');
    expect(en.keys).not.toContain('soc-04');
    expect(en.keys).not.toContain('soc-06');
    // Near miss: no place known yet, so the search stays.
    const near = await tap(
      'social',
      'find people to play board games with',
      'I love heavy euro games but nobody I know plays.',
      'en',
      [],
    );
    expect(near.keys).toContain('soc-table-find');
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
});

describe('social: the situation named and the steps it brings', () => {
  it('gives a dad looking for dads dad groups and toddler activities, not baby groups of mums', async () => {
    const en = await firstFive(
      'social',
      'Meet other stay-at-home dads',
      'My daughter is 18 months and the playgroups are all mums.',
    );
    expect(en.keys[0]).toBe('soc-dads-find');
    expect(en.keys.some((key) => key.startsWith('soc-parent-'))).toBe(false);
    expect(en.text).not.toMatch(/meeting mums/);
    const ru = await firstFive('social', 'Найти друзей-пап', 'Я в декрете с сыном, на площадке одни мамы.', 'ru');
    expect(ru.keys[0]).toBe('soc-dads-find');
    expect(ru.text).not.toMatch(/с мамой, которая понравилась/);
    const mum = await firstFive('social', 'Make mum friends on maternity leave', 'My baby is four months old.');
    expect(mum.keys[0]).toBe('soc-parent-groups');
  });

  it('gives company for an activity its clubs and outings, not small talk with a barista', async () => {
    const en = await firstFive(
      'social',
      'Find people to go hiking with',
      "I love hill walking but my friends don't, and I don't want to go alone.",
    );
    expect(en.keys.slice(0, 2)).toEqual(['soc-hobby-club', 'soc-hobby-first']);
    expect(en.keys).not.toContain('soc-05');
    const ru = await firstFive('social', 'Найти с кем бегать', 'Бегаю по утрам одна, скучно.', 'ru');
    expect(ru.keys[0]).toBe('soc-hobby-club');
    const friends = await firstFive('social', 'Make new friends', 'I moved to a new city and know no one.');
    expect(friends.keys).toContain('soc-05');
  });

  it('gives a book club to start a format, a room, an invitation and a first meeting — no small-talk drills', async () => {
    const en = await firstFive('social', 'Start a book club at work', 'I eat lunch alone and hate approaching people.');
    expect(en.keys.slice(0, 3)).toEqual(['soc-club-format', 'soc-club-room', 'soc-club-invite']);
    expect(en.keys.some((key) => key.startsWith('soc-work-'))).toBe(false);
    const ru = await firstFive(
      'social',
      'Создать книжный клуб на работе',
      'Сама подходить к коллегам стесняюсь.',
      'ru',
    );
    expect(ru.keys[0]).toBe('soc-club-format');
    expect(ru.keys.some((key) => key.startsWith('soc-work-'))).toBe(false);
    const village = await firstFive('social', 'Set up a book club in my village', 'No one I know reads.');
    expect(village.keys).toContain('soc-club-invite');
    // Making friends at work keeps the small-talk steps.
    const work = await firstFive('social', 'Make friends with colleagues', 'New job, I eat lunch alone.');
    expect(work.keys[0]).toBe('soc-work-threads');
  });

  it('gives getting to know the neighbours the house chat, a knock and a shared event — no hobby club', async () => {
    const ru = await firstFive('social', 'Познакомиться с соседями', '', 'ru');
    expect(ru.keys.slice(0, 2)).toEqual(['soc-nbr-chat', 'soc-nbr-knock']);
    expect(ru.keys).not.toContain('soc-03');
    expect(ru.keys).not.toContain('soc-08');
    const en = await firstFive(
      'social',
      'Get to know my neighbours',
      "We moved in six months ago and I don't know anyone.",
    );
    expect(en.keys[0]).toBe('soc-nbr-chat');
    const ru2 = await firstFive(
      'social',
      'Подружиться с кем-то в нашем доме',
      'Живу тут три года и не знаю соседей по подъезду.',
      'ru',
    );
    expect(ru2.keys).toContain('soc-nbr-knock');
  });

  it('gives a fear of phone calls a script and a ladder, and friends outside work no work-drinks steps', async () => {
    const ru = await firstFive('social', 'Научиться звонить по телефону', 'Боюсь звонить даже в поликлинику.', 'ru');
    expect(ru.keys.slice(0, 2)).toEqual(['soc-phone-script', 'soc-phone-easy']);
    const en = await firstFive('social', 'Get over phone anxiety', 'I have to make cold calls in my sales job.');
    expect(en.keys[0]).toBe('soc-phone-script');
    expect(en.keys.some((key) => key.startsWith('soc-work-'))).toBe(false);
    const beyond = await firstFive(
      'social',
      'Find friends outside work',
      'New in Bristol; I only know my colleagues and they go home to their kids.',
    );
    expect(beyond.keys.some((key) => key.startsWith('soc-work-'))).toBe(false);
    // A person who wants to get on with colleagues keeps the work steps.
    const team = await firstFive('social', 'Fit in with my new team', 'I feel awkward at work drinks.');
    expect(team.keys[0]).toBe('soc-work-threads');
  });

  it('gives friends one went silent on an honest message, not new groups; a wish for new friends keeps them', async () => {
    const en = await firstFive(
      'social',
      'Message the friends I ghosted',
      'I stopped replying to everyone during a bad year.',
    );
    expect(en.keys.slice(0, 3)).toEqual(['soc-ghost-list', 'soc-ghost-message', 'soc-ghost-send']);
    expect(en.keys).not.toContain('soc-03');
    const ru = await firstFive(
      'social',
      'Вернуть подруг',
      'Год назад перестала всем отвечать, была депрессия, теперь стыдно.',
      'ru',
    );
    expect(ru.keys[0]).toBe('soc-ghost-list');
    const fresh = await firstFive('social', 'Make new friends', 'I moved to a new city and know nobody.');
    expect(anyWithPrefix(fresh.keys, 'soc-ghost-')).toBe(false);
    // Being ghosted is the other direction: no "sorry I disappeared".
    const ghostedMe = await firstFive(
      'social',
      'Get over a friend who ghosted me',
      'She stopped replying to me in March.',
    );
    expect(anyWithPrefix(ghostedMe.keys, 'soc-ghost-')).toBe(false);
  });

  it('gives saying no to friends a pause phrase and a first no, not more people to see', async () => {
    const ru = await firstFive(
      'social',
      'Научиться отказывать подругам',
      'Просят посидеть с детьми и одолжить денег.',
      'ru',
    );
    expect(ru.keys).toContain('soc-no-words');
    expect(ru.keys.some((key) => ['soc-01', 'soc-02', 'soc-03'].includes(key))).toBe(false);
    const en = await firstFive(
      'social',
      'Stop being a people-pleaser with friends',
      'I always say yes to lifts and favours.',
    );
    expect(en.keys[0]).toBe('soc-no-list');
  });

  it("gives parents at a child's new school school steps, not a hobby club", async () => {
    const ru = await firstFive(
      'social',
      'Найти друзей среди мам из класса дочки',
      'Мы новенькие, в родительском чате все уже общаются.',
      'ru',
    );
    expect(ru.keys[0]).toBe('soc-school-chat');
    const en = await firstFive(
      'social',
      'Get to know other parents at the school gate',
      'My son just started year 1 and I know nobody.',
    );
    expect(en.keys).toContain('soc-school-playdate');
  });

  it('finds parents going through the same thing through a support group, not a hobby club or a barista', async () => {
    const ru = await firstFive(
      'social',
      'Найти родителей особых детей',
      'У сына ДЦП, хочется общаться с теми, кто через это проходит.',
      'ru',
    );
    expect(ru.keys[0]).toBe('soc-same-find');
    expect(ru.keys.some((key) => key === 'soc-03' || key === 'soc-05')).toBe(false);
    const en = await firstFive(
      'social',
      'Meet other parents of autistic kids',
      'Our son was diagnosed this year and I feel alone.',
    );
    expect(en.keys[0]).toBe('soc-same-find');
    expect(en.keys.some((key) => key === 'soc-03' || key === 'soc-05')).toBe(false);
  });

  it("helps someone fit in with a partner's old friends, not find a new hobby group", async () => {
    const ru = await firstFive(
      'social',
      'Чувствовать себя свободно в компании друзей мужа',
      'Они все знакомы со школы, у них свои шутки, и я на их посиделках молчу весь вечер.',
      'ru',
    );
    expect(ru.keys[0]).toBe('soc-pf-brief');
    expect(ru.keys).not.toContain('soc-03');
    const en = await firstFive(
      'social',
      "Feel less of an outsider with my boyfriend's mates",
      "They've been friends since uni and I never know what to say at the pub.",
    );
    expect(en.keys).toContain('soc-pf-brief');
    // Control: making new friends keeps the group search.
    const control = await firstFive('social', 'Make new friends', 'I moved to Leeds and know no one.');
    expect(control.keys.some((key) => key.startsWith('soc-pf-'))).toBe(false);
  });

  it('keeps the list of people to see more of for old friends only', async () => {
    const old = await firstFive(
      'social',
      'See my old uni friends more',
      "We've drifted apart since everyone had kids.",
    );
    expect(old.keys.slice(0, 2)).toEqual(['soc-01', 'soc-02']);
    const ru = await firstFive(
      'social',
      'Чаще видеться со старыми друзьями',
      'Все заняты, созваниваемся раз в год.',
      'ru',
    );
    expect(ru.keys).toContain('soc-01');
    const fresh = await firstFive(
      'social',
      'Make new friends at the climbing wall',
      'I already go three times a week but never talk to anyone.',
    );
    expect(fresh.keys).not.toContain('soc-01');
  });

  it('gives having people round in a small flat a format, an invitation, a menu and a rhythm — not a new club', async () => {
    const en = await firstFive(
      'social',
      'Have people round for dinner once a month even though my flat is tiny',
      "I live in a studio in Brooklyn with a two-seat table. I keep saying I'll host and never do, and I'm getting invited less because of it.",
    );
    expect(en.keys).toEqual([
      'soc-host-format',
      'soc-host-invite',
      'soc-host-menu',
      'soc-host-space',
      'soc-host-rhythm',
    ]);
    expect(en.text).not.toMatch(/barista|meetup|open questions/i);
    const ru = await firstFive(
      'social',
      'Чаще звать друзей в гости, хотя у меня однушка',
      'Кухня крошечная, стол на двоих, и я всё время откладываю.',
      'ru',
    );
    expect(ru.keys[0]).toBe('soc-host-format');
    expect(ru.text).toMatch(/гост/);
    // A shy person who wants friends keeps the conversation practice.
    const shy = await firstFive(
      'social',
      'Make more friends',
      "I'm shy and find it hard to talk to people I don't know.",
    );
    expect(shy.keys).toContain('soc-07');
    expect(shy.keys.some((key) => key.startsWith('soc-host'))).toBe(false);
  });

  it('gives someone who had a circle of friends before a local group and work, not conversation drills', async () => {
    const ru = await firstFive(
      'social',
      'Найти компанию для рыбалки и бани после переезда в Тюмень',
      'Переехал по работе полгода назад, на работе все по домам разбегаются. Раньше в Омске у меня была своя компания, тут пока никого.',
      'ru',
    );
    // Unanswered, the hobby company leads (now with angling in it); no conversation drills either way.
    expect(ru.keys[0]).toBe('soc-hobby-club');
    expect(ru.keys).not.toContain('soc-07');
    expect(ru.text).toMatch(/рыболов/);
    const en = await firstFive(
      'social',
      'Find people to go fishing with',
      'I moved to Leeds for work last year and all my friends are back home.',
    );
    expect(en.keys).toContain('soc-new-post');
    expect(en.keys).not.toContain('soc-07');
    // Moving alone says nothing about shyness: the general path stays.
    const plain = await firstFive('social', 'Make friends in a new city', 'Just moved for work, know nobody.');
    expect(plain.keys[0]).toBe('soc-03');
    expect(plain.keys.some((key) => key.startsWith('soc-new'))).toBe(false);
    expect(
      await questionFor(
        'social',
        'Найти компанию для рыбалки и бани после переезда в Тюмень',
        'Переехал по работе.',
        'ru',
      ),
    ).toMatch(/рыбалка/);
  });

  it('gives company for gigs the places gig-goers talk and a real date — not hiking clubs or a route to share', async () => {
    const en = await firstFive(
      'social',
      'Find people to go to gigs with in Manchester',
      "All my mates have kids now and nobody wants to go to a Tuesday night gig at Band on the Wall. I've been going on my own for a year and it's getting a bit sad.",
    );
    expect(en.keys.slice(0, 4)).toEqual(['soc-gig-where', 'soc-gig-post', 'soc-gig-talk', 'soc-gig-next']);
    expect(en.keys).not.toContain('soc-10');
    expect(en.text).not.toMatch(/hiking|angling|route/i);
    const ru = await firstFive(
      'social',
      'Найти компанию, чтобы ходить на концерты',
      'Друзья перестали ходить, хожу одна.',
      'ru',
    );
    expect(ru.keys[0]).toBe('soc-gig-where');
    // A hiking companion keeps the activity's clubs.
    const hike = await firstFive('social', 'Find people to go hiking with', 'I want a group for weekend hikes.');
    expect(hike.keys[0]).toBe('soc-hobby-club');
    expect(hike.keys).not.toContain('soc-10');
  });

  it('gives a quiz team the quiz nights, a seat in a mixed team and a team kept — not hiking clubs or a route', async () => {
    const ru = await firstFive(
      'social',
      'Собрать команду для квизов в Алматы',
      'Раньше в Караганде каждую неделю ходили на «Квиз, плиз!» с друзьями, а здесь я никого не знаю. Хочу найти человек пять, с кем играть по средам.',
      'ru',
    );
    expect(ru.keys).toEqual(['soc-quiz-find', 'soc-quiz-solo', 'soc-quiz-post', 'soc-quiz-keep', 'soc-quiz-team']);
    expect(ru.text).not.toMatch(/маршрут|турклуб/);
    const en = await firstFive(
      'social',
      'Find a team for the pub quiz',
      'I moved to Leeds and used to do a quiz every week.',
    );
    expect(en.keys[0]).toBe('soc-quiz-find');
    expect(en.text).not.toMatch(/route|hiking/i);
    // A hiking companion keeps the activity's clubs.
    const hike = await firstFive('social', 'Find people to go hiking with', 'I want a group for weekend hikes.');
    expect(hike.keys[0]).toBe('soc-hobby-club');
  });

  it('gives befriending an older person the schemes, the checks and a first visit — not a volunteer shift', async () => {
    const en = await firstFive(
      'social',
      'Become a befriender for an older person in my area',
      "I'm 26, work from home and I'm honestly quite lonely myself. I've heard Age UK runs something like this but I've never volunteered for anything.",
    );
    expect(en.keys).toEqual(['soc-bef-what', 'soc-bef-find', 'soc-bef-apply', 'soc-bef-checks', 'soc-bef-first']);
    expect(en.text).not.toMatch(/shift/i);
    const ru = await firstFive(
      'social',
      'Навещать одиноких пожилых людей',
      'Хочу раз в неделю приходить к кому-то из стариков в нашем районе, но не знаю, с чего начать.',
      'ru',
    );
    expect(ru.keys[0]).toBe('soc-bef-what');
    expect(ru.keys).not.toContain('soc-vol-first');
    expect(ru.text).not.toMatch(/смен/);
    // Volunteering with animals keeps the volunteer path and its shifts.
    const shelter = await firstFive('social', 'Volunteer at an animal shelter', 'I love dogs and have Saturdays free.');
    expect(shelter.keys[0]).toBe('soc-vol-what');
    expect(shelter.keys).not.toContain('soc-bef-what');
  });

  it('gives a class reunion the class list, the search and a date poll — not a club, a barista or openers', async () => {
    const ru = await firstFive(
      'social',
      'Собрать одноклассников на встречу через 25 лет после выпуска',
      'Выпускались в 2000-м в Усть-Каменогорске, сейчас все разъехались — Россия, Германия, Казахстан. Есть старый чат в Вотсапе, но там восемь человек из двадцати семи.',
      'ru',
    );
    expect(ru.keys).toEqual(['soc-reu-list', 'soc-reu-search', 'soc-reu-helpers', 'soc-reu-poll', 'soc-reu-venue']);
    expect(ru.text).not.toMatch(/бариста|клуб, курсы/);
    const en = await firstFive(
      'social',
      'Organise our school reunion',
      "It's 20 years since we left school and most of the class has moved away.",
    );
    expect(en.keys[0]).toBe('soc-reu-list');
    expect(en.keys).not.toContain('soc-03');
    expect(en.keys).not.toContain('soc-05');
    // Seeing old school friends more often keeps the list of people and a message to one of them.
    const friends = await firstFive('social', 'See my old school friends more often', "We've drifted apart since uni.");
    expect(friends.keys[0]).toBe('soc-01');
    expect(friends.keys).not.toContain('soc-reu-list');
  });

  it('gives making up with a friend her own part, an apology and its timing — not a new group', async () => {
    const ru = await firstFive(
      'social',
      'Помириться с лучшей подругой после ссоры на её свадьбе',
      'На её свадьбе я наговорила лишнего её мужу, и с тех пор она не отвечает. Скоро у неё день рождения.',
      'ru',
    );
    expect(ru.keys).toEqual(['soc-mend-part', 'soc-mend-message', 'soc-mend-when', 'soc-mend-send', 'soc-mend-after']);
    const en = await firstFive('social', 'Make up with my best friend', 'We fell out over money in March.');
    expect(en.keys[0]).toBe('soc-mend-part');
    expect(en.keys).not.toContain('soc-03');
    // Being ghosted with no quarrel keeps its own path.
    const ghosted = await firstFive('social', 'Find out why my friend ghosted me', 'She just stopped replying to me.');
    expect(ghosted.keys).not.toContain('soc-mend-part');
  });

  it('gives founding a club that is not a book club its format, place and invitation — not a group to join', async () => {
    const ru = await firstFive(
      'social',
      'Собрать киноклуб в нашем городе',
      'В городе ничего такого нет. Нашла кафе, которое готово пускать нас по средам.',
      'ru',
    );
    expect(ru.keys[0]).toBe('soc-group-format');
    expect(ru.keys).toContain('soc-group-invite');
    expect(ru.keys).not.toContain('soc-03');
    expect(ru.keys).not.toContain('soc-05');
    const en = await firstFive('social', 'Start a board game night for adults', 'Nothing like it near me.');
    expect(en.keys[0]).toBe('soc-group-format');
    expect(en.keys).not.toContain('soc-08');
    // A book club keeps its own path.
    const book = await firstFive('social', 'Start a book club at work', 'Colleagues say they would come.');
    expect(book.keys[0]).toBe('soc-club-format');
    expect(book.keys).not.toContain('soc-group-format');
  });

  it('gives a Deaf person who signs the Deaf club and signing events — not small talk said aloud', async () => {
    const en = await firstFive(
      'social',
      'Meet other BSL users in my new town',
      "I'm deaf and moved to Leeds in spring. Nobody I know here signs and I'm tired of lip-reading at the pub.",
    );
    expect(en.keys[0]).toBe('soc-deaf-club');
    expect(en.keys).not.toContain('soc-07');
    expect(en.keys).not.toContain('soc-05');
    const ru = await firstFive(
      'social',
      'Найти друзей, которые знают жестовый язык',
      'Я глухая, недавно переехала в Казань, вокруг одни слышащие.',
      'ru',
    );
    expect(ru.keys[0]).toBe('soc-deaf-club');
    expect(ru.keys).not.toContain('soc-07');
    // A hearing newcomer keeps the ordinary path.
    const hearing = await firstFive(
      'social',
      'Make friends in a new town',
      'I moved to Leeds in spring and know nobody.',
    );
    expect(hearing.keys).not.toContain('soc-deaf-club');
    // Hearing aids alone name no signing.
    const aids = await firstFive(
      'social',
      'Feel less left out at parties',
      'I wear hearing aids and lose the thread in noisy rooms.',
    );
    expect(aids.keys).not.toContain('soc-deaf-club');
  });

  it('gives an older person abroad company of their age and their language — not colleagues because a son works', async () => {
    const ru = await firstFive(
      'social',
      'С кем поговорить на новом месте',
      'Я на пенсии, мне 69, переехала к дочери в Хайфу. Иврит не знаю совсем, языка не знаю, дочь с зятем весь день на работе.',
      'ru',
    );
    expect(ru.keys[0]).toBe('soc-older-centre');
    expect(ru.keys).toContain('soc-lang-own');
    expect(ru.keys).not.toContain('soc-work-threads');
    expect(ru.keys).not.toContain('soc-work-coffee');
    const en = await firstFive(
      'social',
      'Find friends my own age',
      "I'm retired and moved in with my son in Lyon. I don't speak the language and he is at work all day.",
    );
    expect(en.keys[0]).toBe('soc-older-centre');
    expect(en.keys).toContain('soc-lang-class');
    expect(en.keys).not.toContain('soc-work-threads');
    // Someone new at work keeps the colleagues' path.
    const job = await firstFive(
      'social',
      'Подружиться с коллегами',
      'Недавно пришла в новый отдел, на работе ни с кем не общаюсь.',
      'ru',
    );
    expect(job.keys[0]).toBe('soc-work-threads');
  });

  it('finds friends who speak the same language abroad — their groups and a meeting without a car — not a club about a hobby', async () => {
    const ru = await firstFive(
      'social',
      'Познакомиться с русскоговорящими мамами',
      'Мы переехали в Канаду, живу в пригороде, машины нет, дома с дочкой.',
      'ru',
    );
    expect(ru.keys[0]).toBe('soc-tongue-find');
    expect(ru.keys).toContain('soc-tongue-meet');
    expect(ru.keys).not.toContain('soc-03');
    const en = await firstFive(
      'social',
      'Find Russian-speaking friends in Lisbon',
      'My Portuguese is basic and I work from home.',
    );
    expect(en.keys[0]).toBe('soc-tongue-find');
    // New in town with no language named keeps the ordinary path.
    const plain = await firstFive('social', 'Make friends in my new city', 'I moved here in spring.');
    expect(plain.keys).not.toContain('soc-tongue-find');
  });

  it('asks a volunteer to apply in grammatical Russian', async () => {
    const ru = await tap('social', 'Стать волонтёром в хосписе', 'Давно думаю, но боюсь, что не выдержу.', 'ru', [
      'Стать волонтёром',
    ]);
    expect(ru.keys).toContain('soc-vol-apply');
    expect(ru.text).toMatch(/Подай заявку в организацию, которую отметил\(а\)/);
    expect(ru.text).not.toMatch(/туда, что/);
    const en = await tap('social', 'Volunteer at a hospice', '', 'en', ['Becoming a volunteer']);
    expect(en.keys).toContain('soc-vol-apply');
  });

  it('gives someone far from anyone a planned trip and people online, not a barista or a 90-minute meetup', async () => {
    const en = await tap(
      'social',
      'Make some friends my own age',
      "I'm 23 and run the family cattle station. Nearest neighbour is 60 km and town is three hours' drive.",
      'en',
    );
    expect(en.keys).toContain('soc-remote-trip');
    expect(en.keys).not.toContain('soc-05');
    expect(en.keys).not.toContain('soc-08');
    const ru = await tap(
      'social',
      'Найти друзей-ровесников',
      'Мне 25, живу на хуторе, до ближайшего посёлка два часа езды.',
      'ru',
    );
    expect(ru.keys).toContain('soc-remote-trip');
    expect(ru.keys).not.toContain('soc-05');
    // A city goal keeps the everyday exchange.
    const city = await tap(
      'social',
      'Talk to more people',
      'I work from home in London and barely speak to anyone.',
      'en',
      ['Just starting'],
    );
    expect(city.keys).toContain('soc-05');
  });

  it('starts a mentor for a child from a children’s home with the programme — no hobby group or openers', async () => {
    const ru = await tap(
      'social',
      'Стать наставником для подростка из детдома',
      'Видела программу наставничества у фонда, но боюсь, что не справлюсь и только наврежу ребёнку. Могу выделять выходные, раз в неделю.',
      'ru',
      ['Наставничество'],
    );
    expect(ru.keys[0]).toBe('soc-mentor-questions');
    for (const key of ['soc-03', 'soc-07', 'soc-08', 'soc-10', 'soc-04']) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'social',
      'Become a mentor for a teenager in care',
      "I've found a charity's mentoring scheme but I'm scared I'll let them down.",
      'en',
      ['Mentoring a child'],
    );
    expect(en.keys).toContain('soc-mentor-apply');
    expect(en.keys).not.toContain('soc-03');
    // Volunteering at a food bank keeps the volunteer steps.
    const food = await tap('social', 'Volunteer at a food bank', 'I have Saturday mornings free.', 'en', [
      'Becoming a volunteer',
    ]);
    expect(food.keys.some((key) => key.startsWith('soc-mentor'))).toBe(false);
  });

  it('has someone gathering people for a game fix the evening and ask players — not join a group', async () => {
    const ru = await tap(
      'social',
      'Собрать молодёжь в селе на волейбол',
      'Вернулась в родное село учителем физры. Спортзал в школе есть, директор разрешает по вторникам и пятницам. Боюсь, что позову и никто не придёт.',
      'ru',
      ['Собрать людей'],
    );
    expect(ru.keys[0]).toBe('soc-play-first');
    expect(ru.keys).toContain('soc-play-ask');
    for (const key of ['soc-03', 'soc-07', 'soc-08', 'soc-10']) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'social',
      'Organise a five-a-side for the lads on my street',
      'There is a pitch at the leisure centre we can book on Sundays.',
      'en',
      ['Getting people together'],
    );
    expect(en.keys[0]).toBe('soc-play-first');
    // Looking for people to play with keeps the hobby company steps.
    const join = await tap('social', 'Find people to play tennis with', 'I just moved here.', 'en', [
      'People to share',
    ]);
    expect(join.keys.some((key) => key.startsWith('soc-play'))).toBe(false);
  });

  it('gets an old group of friends together through their chat — no club, openers or follow-up after meeting', async () => {
    const en = await tap(
      'social',
      "Get the old group together again now we've all got kids",
      'There were six of us from uni who met every Friday. Now everyone has kids, two moved away and the WhatsApp group only wakes up for birthdays.',
      'en',
      ['Getting my old group'],
    );
    expect(en.keys[0]).toBe('soc-gang-poll');
    for (const key of ['soc-03', 'soc-07', 'soc-08', 'soc-10']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'social',
      'Снова собрать нашу старую компанию',
      'Раньше собирались каждую пятницу, теперь у всех дети, общий чат молчит.',
      'ru',
      ['Снова собрать'],
    );
    expect(ru.keys[0]).toBe('soc-gang-poll');
    // Old friends one at a time keep the list and the message — and no "after meeting someone" before a meeting.
    const drift = await tap(
      'social',
      'Make friends when I only ever work nights',
      "Night nurse for six years. My uni friends have all drifted because I'm asleep when they're out.",
      'en',
      ['Just starting', 'Seeing old friends'],
    );
    expect(drift.keys.slice(0, 2)).toEqual(['soc-01', 'soc-02']);
    expect(drift.keys).not.toContain('soc-10');
    expect(drift.keys).not.toContain('soc-gang-poll');
  });

  it('gives someone starting a regular gathering themselves the organising steps — no club to join or quiz team', async () => {
    const en = await tap(
      'social',
      'Host a monthly games night for our new estate',
      "We moved onto a new-build estate a year ago. I'd love to get something regular going, board games or a quiz, in the community room or at ours.",
      'en',
      ['Starting my own club'],
    );
    expect(en.keys[0]).toBe('soc-group-format');
    expect(en.keys.some((key) => key.startsWith('soc-quiz-'))).toBe(false);
    expect(en.keys).not.toContain('soc-03');
    const ru = await tap(
      'social',
      'Собрать наших пенсионерок, чтоб не сидели по домам',
      'Мне 67, живу в селе. Клуб закрыли. Хочу, чтобы собирались хоть раз в неделю — чай, песни, поделки. Зимой темнеет рано и скользко.',
      'ru',
      ['Собрать свой клуб'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(['soc-old-gather-place', 'soc-old-gather-ask', 'soc-old-gather-way']);
    for (const key of ['soc-older-centre', 'soc-03', 'soc-group-invite', 'soc-group-place'])
      expect(ru.keys).not.toContain(key);
    expect(ru.text).toContain('засветло');
    // A quiz team to join keeps the quiz steps.
    const quiz = await tap('social', 'Find a pub quiz team', 'I love quizzes but none of my friends do.', 'en', [
      'A team',
    ]);
    expect(quiz.keys[0]).toBe('soc-quiz-find');
  });

  it('does not repeat "find a group" after the one gathering within a long drive', async () => {
    const en = await tap(
      'social',
      'Find other young farmers to talk to',
      "I'm 21 and run our grain farm. The nearest town with anything on is 40 minutes away.",
      'en',
    );
    // blind read 42b: the two-line introduction comes first, before the gathering and the post.
    expect(en.keys.slice(0, 3)).toEqual(['soc-remote-intro', 'soc-remote-trip', 'soc-remote-online']);
    expect(en.keys).not.toContain('soc-03');
    const ru = await tap(
      'social',
      'Найти друзей-ровесников',
      'Живу на хуторе, до ближайшего посёлка час езды, после школы все уехали в город.',
      'ru',
    );
    // the introduction first (soc-remote-intro), then the gathering.
    expect(ru.keys.slice(0, 2)).toEqual(['soc-remote-intro', 'soc-remote-trip']);
    expect(ru.keys).not.toContain('soc-03');
    // In a town, the group to find stays.
    const town = await tap('social', 'Make new friends', 'I moved to Leeds for work and know nobody.', 'en');
    expect(town.keys).toContain('soc-03');
  });

  it('leaves a life with a stoma, a chimney breast and a licence renewal in their own kinds', async () => {
    const en = await tap(
      'social',
      'Start dating again after my stoma operation',
      "I'm 34, fully healed, but I panic about telling someone about the bag.",
      'en',
    );
    for (const key of CARE) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'social',
      'Снова встречаться с друзьями после операции, теперь у меня стома',
      'Восстановилась, но стесняюсь и отказываюсь от всех встреч.',
      'ru',
    );
    for (const key of CARE) expect(ru.keys).not.toContain(key);
    // A care task in the title still takes the goal: changing a father's stoma bag is learnt from a nurse.
    const care = await tap(
      'family',
      "Learn to change my dad's stoma bag",
      'He came home from hospital on Monday.',
      'en',
      ['Just starting'],
    );
    expect(care.keys[0]).toBe('skill-care-ask');

    const wall = await tap(
      'repair',
      'Take out the old chimney breast in the dining room',
      'Victorian semi, the fireplace has not been used for years.',
      'en',
    );
    expect(wall.keys.some((key) => key.startsWith('skill-stove'))).toBe(false);
    const ruWall = await tap('repair', 'Разобрать старый дымоход на даче', 'Печку давно убрали, труба мешает.', 'ru');
    expect(ruWall.keys.some((key) => key.startsWith('skill-stove'))).toBe(false);
    const stove = await tap('home', 'Light our new wood stove safely', 'We just moved into a cottage with one.', 'en', [
      'Just starting',
    ]);
    expect(stove.keys[0]).toBe('skill-stove-check');

    const licence = await tap(
      'admin',
      'Renew my shotgun certificate before it expires',
      'It runs out in June and the form has changed since last time.',
      'en',
    );
    for (const key of RISKY) expect(licence.keys).not.toContain(key);
    const shoot = await tap('skill', 'Learn to shoot a rifle', 'I have never held a gun.', 'en');
    expect(shoot.keys[0]).toBe('skill-risky-teacher');
  });

  it('gives a volunteer who has chosen the organisation its intake and the listening — no cause or seniors’ club to find', async () => {
    const en = await tap(
      'social',
      'Volunteer on a crisis helpline',
      "I'm 58 and took early retirement. The local branch takes new listeners twice a year and the next training starts in September. I tend to jump in with solutions.",
      'en',
      ['Becoming'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['soc-volc-page', 'soc-volc-why', 'soc-volc-apply']);
    expect(en.keys).toContain('soc-vol-listen');
    for (const key of ['soc-older-centre', 'soc-vol-what', 'soc-vol-find']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'social',
      'Стать волонтёром телефона доверия',
      'Мне 45, работаю бухгалтером. Набор волонтёров в нашем городе в октябре, обучение два месяца. Боюсь, что буду сразу советовать.',
      'ru',
      ['Стать волонт'],
    );
    expect(ru.keys[0]).toBe('soc-volc-page');
    expect(ru.keys).toContain('soc-vol-listen');
    // Someone who hasn't picked a cause yet still chooses and finds one.
    const open = await tap(
      'social',
      'Start volunteering',
      "I'm retired and want to give something back, not sure where yet.",
      'en',
      ['Becoming'],
    );
    expect(open.keys.slice(0, 2)).toEqual(['soc-vol-what', 'soc-vol-find']);
    expect(open.keys).not.toContain('soc-older-centre');
  });

  it('gives an older person one place to find, not a second "find a group"', async () => {
    const en = await tap(
      'social',
      'Make friends in my new town',
      "I'm 72, a widower, and my son lives abroad. I don't know anyone in my new flat block.",
      'en',
    );
    expect(en.keys[0]).toBe('soc-older-centre');
    expect(en.keys).not.toContain('soc-03');
    const ru = await tap(
      'social',
      'Найти подруг',
      'Мне 68, я на пенсии, дети разъехались, вечерами совсем одна.',
      'ru',
    );
    expect(ru.keys[0]).toBe('soc-older-centre');
    expect(ru.keys).not.toContain('soc-03');
    // A younger person keeps "find a group".
    const young = await tap('social', 'Join a club and make friends', 'I moved here last month and know nobody.', 'en');
    expect(young.keys).toContain('soc-03');
  });

  it('helps someone whose friends went with the ex — not "tell colleagues about weekends with your old crowd"', async () => {
    const en = await tap(
      'social',
      'Build a social life after my divorce',
      'For ten years we only saw couples we knew through my ex-husband, and since the divorce nobody calls. I work in a bank and my son is away at uni.',
      'en',
      ['Just starting'],
    );
    expect(en.keys[0]).toBe('soc-split-one');
    expect(en.keys).not.toContain('soc-new-work');
    const ru = await tap(
      'social',
      'Найти новых подруг',
      'Развелась год назад, общие друзья остались на его стороне, и по выходным мне не с кем даже погулять.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['soc-split-one', 'soc-split-before']);
    expect(ru.keys).not.toContain('soc-new-work');
    // Someone who moved away from their crowd keeps the new-in-town steps.
    const near = await tap(
      'social',
      'Найти друзей в Казани',
      'Переехала по работе, в Омске была своя компания, а здесь никого.',
      'ru',
      ['Только начинаю'],
    );
    expect(near.keys).toContain('soc-new-work');
    expect(withPrefix(near.keys, 'soc-split-')).toEqual([]);
  });

  it('finds partners for chess or backgammon where people play — no small talk with a barista', async () => {
    const ru = await tap(
      'social',
      'Играть в шахматы с людьми',
      'Мне 70, овдовел, хочу найти, с кем играть в шахматы в парке по утрам.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['soc-board-where', 'soc-board-winner']);
    for (const key of ['soc-05', 'soc-07', 'soc-10', 'soc-older-centre']) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'social',
      'Find backgammon partners',
      "I'm retired and want to play backgammon with people in the square most afternoons.",
      'en',
      ['Just starting'],
    );
    expect(en.keys[0]).toBe('soc-board-where');
    expect(en.keys).not.toContain('soc-05');
    // An older person with no game named keeps the place for their age.
    const near = await tap('social', 'Make friends in retirement', "I'm 72 and lonely since my wife died.", 'en', [
      'Just starting',
    ]);
    expect(near.keys[0]).toBe('soc-older-centre');
    expect(withPrefix(near.keys, 'soc-board-')).toEqual([]);
  });

  it("gives a pupil at a new school the school's own ways in — no barista, colleague or meetup", async () => {
    const en = await tap(
      'social',
      'Make friends at my new school',
      "I'm 12 and we moved in the summer; I don't know anyone in my class.",
      'en',
      ['Just starting'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['soc-pupil-clubs', 'soc-pupil-known', 'soc-pupil-desk']);
    for (const key of ['soc-05', 'soc-08', 'soc-04']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'social',
      'Найти друзей в новой школе',
      'Мне 13, нас перевезли в другой город, а в классе все давно дружат.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys[0]).toBe('soc-pupil-clubs');
    expect(ru.keys).not.toContain('soc-05');
    // An adult new in town, and a parent writing about their child, keep their steps.
    const adult = await tap('social', 'Make friends in a new city', "I'm 34 and moved here for work.", 'en', [
      'Just starting',
    ]);
    expect(withPrefix(adult.keys, 'soc-pupil-')).toEqual([]);
    const parent = await tap(
      'social',
      'Help my daughter make friends at her new school',
      'She is 9 and cries that nobody plays with her.',
      'en',
      ['Just starting'],
    );
    expect(withPrefix(parent.keys, 'soc-pupil-')).toEqual([]);
    // A pupil still schooled at home has no school to walk into.
    const home = await tap(
      'social',
      'Make friends my own age',
      "I'm 13 and I'm homeschooled, so all week I only see adults.",
      'en',
      ['Just starting'],
    );
    expect(withPrefix(home.keys, 'soc-pupil-')).toEqual([]);
  });

  it('meets a stutter with a voice message and a short call, and poor hearing with a quiet place — not app profiles', async () => {
    const stutterEn = await tap(
      'social',
      'Go on real dates despite my stammer',
      'Texting on apps is fine, but I freeze when it is time for a phone call.',
      'en',
      ['Dating and finding a partner'],
    );
    expect(stutterEn.keys.slice(0, 2)).toEqual(['soc-stut-tell', 'soc-stut-voice']);
    for (const key of ['soc-date-photos', 'soc-date-profile']) expect(stutterEn.keys).not.toContain(key);
    const stutterRu = await tap(
      'social',
      'Научиться знакомиться, хоть я и заикаюсь',
      'В переписке всё хорошо, а звонить боюсь.',
      'ru',
      ['Знакомства'],
    );
    expect(stutterRu.keys[0]).toBe('soc-stut-tell');
    const hearingEn = await tap(
      'social',
      "Dating when I'm hard of hearing",
      'Bars are hopeless for me, I miss half of what my date says.',
      'en',
      ['Dating and finding a partner'],
    );
    expect(hearingEn.keys.slice(0, 2)).toEqual(['soc-hear-tell', 'soc-hear-place']);
    const hearingRu = await tap(
      'social',
      'Ходить на свидания, хотя ношу слуховой аппарат',
      'В шумных кафе теряюсь и переспрашиваю.',
      'ru',
      ['Знакомства'],
    );
    expect(hearingRu.keys[0]).toBe('soc-hear-tell');
    // «заикнулся» ("mentioned") is no stutter, and a Deaf signer keeps the Deaf community's steps.
    const mentioned = await tap(
      'social',
      'Найти девушку',
      'Друг заикнулся, что у него есть знакомая, а я стесняюсь.',
      'ru',
      ['Знакомства'],
    );
    expect(withPrefix(mentioned.keys, 'soc-stut-')).toEqual([]);
    const deaf = await tap(
      'social',
      'Meet other Deaf people',
      "I'm Deaf and use BSL, and I'd like friends who sign.",
      'en',
      ['Just starting'],
    );
    expect(deaf.keys).toContain('soc-deaf-club');
    expect(withPrefix(deaf.keys, 'soc-hear-')).toEqual([]);
  });

  it('never sends someone out of prison back to old friends: the conditions first, then new people only', async () => {
    const en = await tap(
      'social',
      'Build a new circle after my release',
      "I did six years and I'm on parole now; the people I ran with are off limits.",
      'en',
      ['Just starting'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['soc-fresh-check', 'soc-fresh-story']);
    for (const key of ['soc-04', 'soc-09', 'soc-01', 'soc-02']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'social',
      'Найти нормальных друзей',
      'Освободился из колонии весной, по условиям нельзя общаться со старой компанией.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys[0]).toBe('soc-fresh-check');
    expect(withPrefix(ru.keys, 'soc-gang-')).toEqual([]);
    expect(ru.keys).not.toContain('soc-04');
    // Getting out of a relationship is no release.
    const near = await tap(
      'social',
      'Make new friends',
      'I got out of a long relationship and want a fresh start with new people.',
      'en',
      ['Just starting'],
    );
    expect(withPrefix(near.keys, 'soc-fresh-')).toEqual([]);
  });

  it('finds study partners through the course itself — no hobby club or barista', async () => {
    const en = await tap(
      'social',
      'Find a study group for my distance degree',
      "I'm with the Open University and nobody near me takes the same modules.",
      'en',
      ['Finding people to study with'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['soc-study-post', 'soc-study-centre']);
    for (const key of ['soc-03', 'soc-05', 'soc-08']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'social',
      'Найти, с кем готовиться к сессии',
      'Учусь заочно, вся группа из разных городов.',
      'ru',
      ['Найти, с кем учиться вместе'],
    );
    expect(ru.keys[0]).toBe('soc-study-post');
    // A first-year student looking for friends keeps the friends' steps.
    const near = await tap(
      'social',
      'Make friends at uni',
      'First year, and everyone already seems to have their group.',
      'en',
      ['Just starting'],
    );
    expect(withPrefix(near.keys, 'soc-study-')).toEqual([]);
  });

  it('asks the form tutor for a way in when a pupil joined after the year began — no first-day plan', async () => {
    const en = await tap(
      'social',
      'Make friends at my new school',
      "I'm 14 and joined halfway through the year; everyone already has their groups.",
      'en',
    );
    expect(en.keys).toContain('soc-pupil-tutor');
    expect(en.keys).not.toContain('soc-pupil-known');
    expect(en.text).not.toMatch(/first day|first two weeks/);
    const ru = await tap(
      'social',
      'Найти друзей в новой школе',
      'Мне 13, перевёлся со второй четверти, у всех уже свои компании.',
      'ru',
    );
    expect(ru.keys).toContain('soc-pupil-tutor');
    expect(ru.keys).not.toContain('soc-pupil-known');
    // Starting in September keeps the message to those already known.
    const near = await tap(
      'social',
      'Make friends at my new school',
      "I'm 12 and I start in September; I know one boy from football there.",
      'en',
    );
    expect(near.keys).toContain('soc-pupil-known');
    expect(near.keys).not.toContain('soc-pupil-tutor');
  });

  it('finds company close by and by phone when town is out of reach — no centre, drill or event to go to', async () => {
    const en = await tap(
      'social',
      'Have someone to talk to this winter',
      "I'm 74 and live alone in a small village; the bus comes twice a week and I don't drive.",
      'en',
      ['None'],
    );
    expect(en.keys.slice(0, 3)).toEqual(NEAR);
    for (const key of VENUES) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'social',
      'Не сидеть одной всю зиму',
      'Мне 68, живу в селе, зимой никого, до города далеко, а автобус ходит редко.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('soc-near-list');
    for (const key of VENUES) expect(ru.keys).not.toContain(key);
    // A pensioner in town keeps the place where people meet.
    const town = await tap(
      'social',
      'Meet people now I have retired',
      "I'm 70 and live in a flat in the town centre.",
      'en',
      ['None'],
    );
    expect(town.keys).toContain('soc-older-centre');
    expect(town.keys.filter((key) => key.startsWith('soc-near'))).toEqual([]);
  });

  it('gathers a new games group of one’s own, not a hiking club to join', async () => {
    const en = await steps(
      'social',
      'Get a group together for board games',
      "I moved to Leeds in spring and don't know anyone. I'd like to find six or so people and meet weekly at a cafe.",
      'en',
      ['Starting my own'],
    );
    expect(en[0]).toBe('soc-group-format');
    expect(withPrefix(en, 'soc-hobby-')).toEqual([]);
    const ru = await steps(
      'social',
      'Собрать компанию для мафии',
      'Переехал в Самару, никого не знаю. Дома каждую пятницу собиралась компания. Хочу найти человек восемь и собираться раз в неделю.',
      'ru',
      ['Собрать свой'],
    );
    expect(ru[0]).toBe('soc-group-format');
    expect(withPrefix(ru, 'soc-hobby-')).toEqual([]);
    expect(withPrefix(ru, 'soc-gang-')).toEqual([]);
    // Company for hiking keeps the clubs to join.
    const hike = await steps(
      'social',
      'Find people to go hiking with',
      'I moved here last year and all my hiking friends are back home.',
      'en',
      ['People to share'],
    );
    expect(hike[0]).toBe('soc-hobby-club');
  });

  it('gives someone at ease with people places to meet them, not small-talk drills', async () => {
    const en = await steps(
      'social',
      'Make friends in my new city',
      'I talk to customers all day in the shop and I’m not shy, but I moved to Bristol in March and have nobody to see at weekends.',
      'en',
      ['Just starting'],
    );
    expect(en).not.toContain('soc-05');
    expect(en).not.toContain('soc-07');
    const ru = await steps(
      'social',
      'Найти друзей в новом городе',
      'Я общительная, весь день общаюсь с клиентами в салоне, но в Москве полгода и в выходные не с кем встретиться.',
      'ru',
      ['Только'],
    );
    expect(ru).not.toContain('soc-05');
    expect(ru).not.toContain('soc-07');
    // A shy person keeps the small talk drills, and so does someone "not shy exactly" who never knows what to say.
    const shy = await steps('social', 'Make friends in the city', "I'm 30, shy, and never know what to say.", 'en', [
      'Just starting',
    ]);
    expect(shy).toContain('soc-05');
    expect(shy).toContain('soc-07');
    const stuck = await steps(
      'social',
      'Make friends at my new job',
      "I'm not shy exactly, I just never know how to get from small talk to actually meeting up.",
      'en',
      ['Just starting'],
    );
    expect(stuck).toContain('soc-07');
  });

  it('sends someone to the very place they keep walking past, not to find another group', async () => {
    const en = await steps(
      'social',
      'Join the men’s shed down the road',
      "I'm 70 and widowed. I've walked past it for months but never gone in.",
      'en',
    );
    expect(en.slice(0, 3)).toEqual(['soc-passed-date', 'soc-passed-first', 'soc-passed-back']);
    expect(en).not.toContain('soc-older-centre');
    const ru = await steps(
      'social',
      'Сходить в хор при доме культуры',
      'Мне 68, на пенсии, сто раз проходила мимо, но так и не зашла.',
      'ru',
    );
    expect(ru[0]).toBe('soc-passed-date');
    expect(ru).not.toContain('soc-older-centre');
    // An older person with no place named still finds one — and no one is assumed to live with them.
    const older = await tap('social', 'Meet people my age', "I'm 72, retired and the house is very quiet.", 'en');
    const at = baseKeys(older.keys).indexOf('soc-older-centre');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(older.texts[at]).not.toContain('someone you live with');
  });

  it('gives a newcomer to a hobby club questions about the craft, not a village newcomer’s steps', async () => {
    const en = await steps(
      'social',
      'Fit in at my photography club',
      'I joined in autumn and went to two club nights, but everyone has their inside jokes and I left first both times.',
      'en',
    );
    expect(en[0]).toBe('soc-club-ask');
    expect(withPrefix(en, 'soc-wed-')).toEqual([]);
    const ru = await steps(
      'social',
      'Влиться в клуб любителей настольных игр',
      'Был на двух встречах клуба, все друг друга знают, шутят про свои партии, а я ушёл первым.',
      'ru',
    );
    expect(ru[0]).toBe('soc-club-ask');
    expect(withPrefix(ru, 'soc-wed-')).toEqual([]);
    // Someone who married into a village keeps the village steps.
    const village = await steps(
      'social',
      'Подружиться с кем-то в селе мужа',
      'Переехала к мужу в село, все друг друга знают с детства, а я всё время как гостья.',
      'ru',
    );
    expect(village[0]).toBe('soc-wed-where');
  });

  it('sets no step at a workplace for someone without a job yet', async () => {
    const en = await steps(
      'social',
      'Make friends after moving to Leeds',
      "I had a great group of friends back home. I'm not working at the moment, still looking for a job.",
      'en',
      ['Just starting'],
    );
    expect(en).not.toContain('soc-new-work');
    const ru = await steps(
      'social',
      'Найти подруг в Мурманске',
      'Переехали за мужем, работу пока не нашла, а дома у меня была своя компания.',
      'ru',
      ['Только'],
    );
    expect(ru).not.toContain('soc-new-work');
    // With a job, the talk at work stays.
    const job = await steps(
      'social',
      'Make friends after moving to Leeds',
      'I had a great group of friends back home. I started at a new office here in May.',
      'en',
      ['Just starting'],
    );
    expect(job).toContain('soc-new-work');
  });

  it('stops cancelling on friends — real reasons, a yes rule, an honest message — not "find a group"', async () => {
    const en = await tap(
      'social',
      'Stop flaking on my mates',
      'I say yes to every plan and then text an hour before that I can’t make it. They’ve stopped inviting me.',
      'en',
      ['Just starting'],
    );
    expect(en.keys).toEqual([
      'soc-cancel-why',
      'soc-cancel-yes',
      'soc-cancel-sorry',
      'soc-cancel-easy',
      'soc-cancel-moment',
    ]);
    const ru = await tap(
      'social',
      'Перестать отменять встречи с подругами',
      'Соглашаюсь, а в последний момент сливаюсь, меня уже почти не зовут.',
      'ru',
    );
    expect(ru.keys[0]).toBe('soc-cancel-why');
    // A friend who cancels on the person is the other direction.
    const near = await tap(
      'social',
      'Deal with a friend who always cancels on me',
      'She has cancelled on me five times this month and I feel stupid for asking.',
      'en',
      ['Just starting'],
    );
    expect(withPrefix(near.keys, 'soc-cancel')).toEqual([]);
  });

  it('founds a book club without sending a young organiser to a seniors’ daytime group', async () => {
    const ru = await tap(
      'social',
      'Собрать книжный клуб в Новотроицке',
      'Мне 35, инженер-технолог на комбинате. В городской библиотеке есть свободный зал по четвергам, но я ни разу ничего такого не организовывала и боюсь, что придут две пенсионерки и я.',
      'ru',
      ['Создать свой клуб'],
    );
    expect(ru.keys).not.toContain('soc-older-centre');
    expect(ru.keys[0]).toBe('soc-club-format');
    const en = await tap(
      'social',
      'Start a book club in our town',
      "I'm 34 and new here. I'm scared only a couple of pensioners and me will turn up, but the library has a room on Mondays.",
      'en',
      ['Starting a club'],
    );
    expect(en.keys).not.toContain('soc-older-centre');
    // An older person looking for company keeps the daytime group.
    const near = await tap(
      'social',
      'Find people my age to talk to',
      "I'm 74 and retired, and since my wife died the days are very long.",
      'en',
    );
    expect(near.keys).toContain('soc-older-centre');
  });

  it('founds a chess club — boards, players asked, a notice, a first meeting, a reason to return — not "find where they play"', async () => {
    const ru = await tap(
      'social',
      'Собрать шахматный клуб в селе',
      'Мне 71, бывший учитель физики. Из ровесников никто не играет. В сельском клубе по вторникам свободна комната. Хочу собрать хоть человек пять — и стариков, и школьников.',
      'ru',
      ['Собрать свой клуб'],
    );
    expect(ru.keys).toEqual(['soc-game-kit', 'soc-game-ask', 'soc-game-notice', 'soc-game-first', 'soc-game-keep']);
    const en = await tap(
      'social',
      'Start a chess club in our village hall',
      "I'm 68, a retired teacher. The hall is free on Wednesdays and I'd like both the old men and the schoolchildren to come.",
      'en',
      ['Starting my own club'],
    );
    expect(en.keys[0]).toBe('soc-game-kit');
    expect(withPrefix(en.keys, 'soc-board')).toEqual([]);
    // Someone looking for partners where people already play keeps the players' steps.
    const near = await tap(
      'social',
      'Find people to play chess with in the park',
      'I moved here in May and I play most evenings online.',
    );
    expect(near.keys[0]).toBe('soc-board-where');
  });

  it('gives weekend company, not small talk with colleagues, to someone who says work is fine', async () => {
    const en = await tap(
      'social',
      'Find people to do things with at weekends',
      "I'm 36 and single. My close friends all have babies now. I'm fine with people at work, it's starting from zero as an adult that I find awkward.",
      'en',
      ['Just starting', 'None of these'],
    );
    expect(withPrefix(en.keys, 'soc-work')).toEqual([]);
    const ru = await tap(
      'social',
      'Найти компанию на выходные',
      'Мне 34, подруги разъехались. С коллегами всё нормально, а вне работы никого нет, по выходным сижу дома.',
      'ru',
      ['Только начинаю', 'Ничего из этого'],
    );
    expect(withPrefix(ru.keys, 'soc-work')).toEqual([]);
    // Small talk at a new job is still the colleagues' path.
    const near = await tap(
      'social',
      'Make friends at my new job',
      'I started a month ago and never know what to say to my colleagues at lunch.',
      'en',
      ['Just starting', 'Small talk with colleagues'],
    );
    expect(near.keys).toContain('soc-work-threads');
  });

  it('does not repeat "find where they play" as step five', async () => {
    const ru = await tap(
      'social',
      'Найти компанию в Паттайе',
      'Мне 62, зимую в Паттайе. Хотелось бы с кем-то в шахматы играть.',
      'ru',
      ['Друзья и общение'],
    );
    const club = ru.texts[ru.keys.indexOf('soc-board-club')];
    if (club) expect(club).not.toMatch(/^Найди/);
    const en = await tap(
      'social',
      'Find people to play chess with',
      'I moved to Lisbon and play chess, but know nobody here.',
      'en',
    );
    const clubEn = en.texts[en.keys.indexOf('soc-board-club')];
    if (clubEn) expect(clubEn).not.toMatch(/^Find/);
  });

  it('writes the introduction before the gathering and the post, far from anyone', async () => {
    const en = await tap(
      'social',
      'Make some friends out here',
      "Just started as a grad nurse in a remote town. Nearest city is five hours' drive.",
      'en',
      ['None of these'],
    );
    expect(en.keys[0]).toBe('soc-remote-intro');
    expect(en.keys).not.toContain('soc-11');
    const ru = await tap(
      'social',
      'Найти друзей на новом месте',
      'Переехала работать в посёлок, до города шесть часов езды, никого не знаю.',
      'ru',
      ['Ничего из этого'],
    );
    expect(ru.keys.indexOf('soc-remote-intro')).toBeLessThan(ru.keys.indexOf('soc-remote-trip'));
  });

  it('finds a choir to sing in — no seniors’ centre, children’s groups or conversation drills', async () => {
    const ru = await tap(
      'social',
      'Найти хор или кружок, где можно петь и общаться',
      'Мне 67, живу в Таллине. Раньше пела в хоре при доме культуры, но он закрылся. Эстонский у меня слабый, поэтому лучше бы русскоязычное что-то.',
      'ru',
    );
    expect(ru.keys[0]).toBe('soc-sing-find');
    expect(ru.keys).not.toContain('soc-tongue-find');
    expect(ru.keys).not.toContain('soc-older-centre');
    expect(ru.keys).not.toContain('soc-07');
    const en = await tap(
      'social',
      'Join a community choir',
      "I'm retired and my evenings are empty. I sang at school and would love to sing with other people again.",
    );
    expect(en.keys[0]).toBe('soc-sing-find');
    expect(en.keys).not.toContain('soc-07');
    // Friends wanted with no singing named: no choir steps.
    const near = await tap(
      'social',
      'Make friends in my new town',
      'I moved here for work three months ago and know nobody.',
    );
    expect(withPrefix(near.keys, 'soc-sing')).toEqual([]);
  });

  it('finds a board game group around a work rotation, not "a club, a class" and open questions', async () => {
    const en = await tap(
      'social',
      'Find a regular board game group',
      'I work two weeks on, two weeks off up north, so every club I try I miss half of it. I love heavy board games.',
    );
    expect(en.keys.slice(0, 2)).toEqual(['soc-table-find', 'soc-table-rota']);
    expect(en.keys).not.toContain('soc-03');
    expect(en.keys).not.toContain('soc-07');
    const ru = await tap(
      'social',
      'Найти компанию для настольных игр',
      'Работаю вахтой месяц через месяц, поэтому в клубы хожу урывками. Люблю сложные настолки.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['soc-table-find', 'soc-table-rota']);
    // Chess in the park keeps the public table game's steps, and a games night without a rotation has no rota step.
    const chess = await tap('social', 'Find people to play chess with in the park', 'I am retired and play most days.');
    expect(chess.keys[0]).toBe('soc-board-where');
    expect(withPrefix(chess.keys, 'soc-table')).toEqual([]);
    const near = await tap('social', 'Find a board game night in my town', 'I just moved and love Catan.');
    expect(near.keys[0]).toBe('soc-table-find');
    expect(near.keys).not.toContain('soc-table-rota');
  });

  it('asks a dominoes player to bring a set, not a board', async () => {
    const en = await tap(
      'social',
      'Make friends back home after 30 years away',
      "I'm 63 and moved back last year. I'm a decent dominoes player.",
    );
    const own = en.texts[en.keys.indexOf('soc-board-own')]!;
    expect(own).toMatch(/dominoes/);
    expect(own).not.toMatch(/^Bring your own board/);
  });

  it('does not send a hobby group’s newcomer to "one event" again after the follow-up', async () => {
    const ru = await tap(
      'social',
      'Найти друзей в Кызыле',
      'Мне 20, живу в общежитии. Люблю ходить в горы, а тут не с кем.',
      'ru',
      ['Компания для хобби'],
    );
    expect(ru.keys).toContain('soc-hobby-again');
    expect(ru.keys).not.toContain('soc-08');
    const en = await tap(
      'social',
      'Find people to go hiking with',
      'All my friends have moved away and I hike alone.',
      'en',
      ['People to share a hobby'],
    );
    expect(en.keys).not.toContain('soc-08');
    // Without a hobby group the event step stays.
    const near = await tap(
      'social',
      'Make friends in a new city',
      'I moved here for work and feel lonely at weekends.',
    );
    expect(near.keys).toContain('soc-08');
  });

  it('keeps a board-game player off hiking clubs, and in a town with no club has them set up one table', async () => {
    const ru = await tap(
      'social',
      'найти с кем играть в настолки в маленьком городе',
      'Мне 30, живу в Новополоцке, работаю технологом на заводе. Школьные друзья все разъехались, кто в Минск, кто в Польшу. Люблю настольные игры, но играть не с кем, а клубов тут, кажется, нет. Думаю, может, самому что-то организовать, но я довольно стеснительный.',
      'ru',
      // The hobby button, were it offered, is what the person tapped in the read.
      ['Компания для хобби', 'Только начинаю'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['soc-table-find', 'soc-table-host']);
    expect(withPrefix(ru.keys, 'soc-hobby-')).toEqual([]);
    const en = await tap(
      'social',
      'Find people to play board games with',
      "I live in a small town and there's no club here. I'd love to play Catan and Wingspan with someone.",
      'en',
      ['People to share a hobby', 'Just starting'],
    );
    expect(en.keys).toContain('soc-table-host');
    expect(withPrefix(en.keys, 'soc-hobby-')).toEqual([]);
    // In a city with a games café: find one and go, no table of one's own.
    const near = await tap(
      'social',
      'Find a board game group',
      'I moved to Manchester last year and would like to join a games night at a café.',
      'en',
    );
    expect(near.keys).not.toContain('soc-table-host');
    expect(near.keys[0]).toBe('soc-table-find');
    // Hiking company keeps its clubs and outings.
    const hike = await tap('social', 'Find people to go hiking with', 'My friends do not hike.', 'en', [
      'People to share a hobby or sport with',
    ]);
    expect(hike.keys).toContain('soc-hobby-club');
  });

  it("reads pensioners around a young person as no sign of the person's own age", async () => {
    const ru = await tap(
      'social',
      'Познакомиться с кем-то своего возраста',
      'Мне 26, работаю агрономом, в посёлке одни пенсионеры, молодёжь вся уехала в город.',
      'ru',
    );
    expect(ru.keys).not.toContain('soc-older-centre');
    const en = await tap(
      'social',
      'Make a friend or two where I live',
      "I'm 27 and the only people on my street are pensioners; everyone my age has moved to the city.",
    );
    expect(en.keys).not.toContain('soc-older-centre');
    const own = await tap('social', 'Найти подруг на пенсии', 'Я пенсионерка, живу одна, дети в другом городе.', 'ru');
    expect(own.keys[0]).toBe('soc-older-centre');
  });

  it('reads a partner’s fly-in fly-out roster as no rotation of the person’s own', async () => {
    const en = await tap(
      'social',
      'Find people to play board games with',
      "My husband works away fly-in fly-out and I'm home alone most weeks. I love board games.",
    );
    expect(en.keys).not.toContain('soc-table-rota');
    const near = await tap(
      'social',
      'Find people to play board games with',
      'I work fly-in fly-out, two weeks on two off, and I love board games.',
    );
    expect(near.keys).toContain('soc-table-rota');
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

  it('gives an older person who wants to know the neighbours no seniors’ centre elsewhere', async () => {
    const en = await tap(
      'social',
      'get to know people in my building',
      "I'm 72, retired, and just moved into a flat near my son. I don't know any of my neighbours.",
      'en',
      ['Getting to know the neighbours'],
    );
    expect(en.keys).not.toContain('soc-older-centre');
    expect(en.keys).toContain('soc-nbr-knock');
    const ru = await tap(
      'social',
      'познакомиться с соседями по подъезду',
      'Мне 70, я на пенсии, переехала к дочке в другой город, в доме никого не знаю.',
      'ru',
      ['Познакомиться с соседями'],
    );
    expect(ru.keys).not.toContain('soc-older-centre');
    const near = await tap('social', 'make friends my own age', "I'm 70, retired, and lonely since my wife died.");
    expect(near.keys).toContain('soc-older-centre');
  });

  it('gives someone silent in work meetings steps for the meeting, not clubs and events', async () => {
    const en = await tap(
      'social',
      'say something in team meetings for once',
      'I sit through every team meeting without a word, then someone else makes my point. My face goes red when everyone looks at me.',
      'en',
    );
    expect(en.keys[0]).toBe('soc-meet-prep');
    expect(en.keys).toContain('soc-meet-follow');
    expect(en.keys).not.toContain('soc-03');
    const ru = await tap(
      'social',
      'перестать молчать на совещаниях',
      'На совещаниях отдела я всегда молчу, хотя мне есть что сказать. Боюсь, что голос задрожит.',
      'ru',
    );
    expect(ru.keys[0]).toBe('soc-meet-prep');
    expect(ru.keys).not.toContain('soc-08');
    // Small talk over lunch keeps the colleagues' path.
    const near = await tap(
      'social',
      'chat more with my colleagues',
      'I never know what to say to my new team at lunch.',
      'en',
      ['Small talk with colleagues'],
    );
    expect(near.keys).toContain('soc-work-threads');
    expect(near.keys.some((key) => key.startsWith('soc-meet-'))).toBe(false);
    expect(near.keys).not.toContain('soc-07');
  });

  it('gives no small talk with colleagues to someone new in town whose colleagues are no option', async () => {
    const en = await tap(
      'social',
      'find friends in Leeds after moving for work',
      "Moved here a year ago for a nursing job. I work early shifts. My colleagues are lovely but all have kids. I'd like a couple of people for weekend plans.",
      'en',
      ['Just starting', 'None of these'],
    );
    expect(en.keys.some((key) => key.startsWith('soc-work-'))).toBe(false);
    // Near miss: small talk with colleagues is the goal.
    const near = await tap(
      'social',
      'chat more with my colleagues',
      'I started a new job and freeze at work drinks.',
      'en',
      ['Just starting', 'Small talk with colleagues'],
    );
    expect(near.keys.some((key) => key.startsWith('soc-work-'))).toBe(true);
  });

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

  it('keeps a board-game player at the table for all five steps and drops own-language chats named as no help; without games those chats stay', async () => {
    const en = await tap(
      'social',
      'find a regular board game group in my new city',
      'I moved to Leeds for work last spring, I work from home and I am quite shy. I have a cupboard of Eurogames and nobody to play them with.',
      'en',
      [],
    );
    expect(en.keys.filter((key) => key.startsWith('soc-table-'))).toHaveLength(5);
    expect(en.keys).not.toContain('soc-09');
    expect(en.keys).not.toContain('soc-12');
    const ru = await tap(
      'social',
      'собрать людей для настолок в Тбилиси',
      'Мне 33, два года как переехали с мужем в Тбилиси, работаю удалённо. В русскоязычных чатах в основном обсуждают квартиры и визы. Очень не хватает наших вечеров с настолками, хочу играть хотя бы раз в неделю.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('soc-table-find');
    expect(ru.keys).toContain('soc-table-regular');
    expect(ru.keys).not.toContain('soc-tongue-find');
    expect(ru.keys).not.toContain('soc-tongue-post');
    const near = await tap(
      'social',
      'найти русскоязычных подруг в Белграде',
      'Мне 30, переехала год назад, сижу дома с малышом и хочу общаться с русскоговорящими мамами.',
      'ru',
      [],
    );
    expect(near.keys).toContain('soc-tongue-find');
    expect(near.keys).not.toContain('soc-table-regular');
  });

  it('reads friends who are not coworkers as friends outside work, and suggests no colleague for the plan; small talk at work stays', async () => {
    const en = await tap(
      'social',
      'meet people who arent my colleagues',
      'I am 27 and moved to a small town for a job at the clinic. Everyone I know here is from work.',
      'en',
      [],
    );
    expect(en.asked.flatMap((asked) => asked.choices ?? [])).not.toContain('Small talk with colleagues');
    expect(en.texts.join(' ')).not.toMatch(/a colleague/);
    const ru = await tap(
      'social',
      'найти друзей, помимо коллег',
      'Мне 29, год назад переехал в Казань, общаюсь только с людьми с работы.',
      'ru',
      [],
    );
    expect(ru.texts.join(' ')).not.toMatch(/коллеге/);
    const near = await tap(
      'social',
      'be less awkward with my new colleagues',
      'I started a new job a month ago and I never know what to say at team lunch.',
      'en',
      ['Small talk'],
    );
    expect(near.keys.some((key) => key.startsWith('soc-work-'))).toBe(true);
  });
});
