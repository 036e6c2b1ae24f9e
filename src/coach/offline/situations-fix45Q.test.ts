import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const some = (keys: string[], prefix: string) => keys.filter((key) => key.startsWith(prefix));

describe('the forty-fifth blind read, fixed in general (helper fix45Q)', () => {
  it('gives a parent whose child lives elsewhere a first regular contact, not a mood check-in, in the first five', async () => {
    const en = await tap(
      'recovery',
      'rebuild things with my daughter after her mom moved to Arizona',
      "I'm 42, a long-haul truck driver based in Columbus, Ohio. After the divorce my ex moved to Arizona with our 9-year-old daughter, and in the past year we've only had a few video calls, which she usually cuts short. My lawyer says I have summer visitation but I've never actually used it. I want to be back in her life without turning it into a war with her mom.",
      'en',
    );
    expect(en.keys[0]).toBe('rec-01');
    expect(en.keys.slice(0, 4)).toContain('rec-gen-contact');
    expect(en.keys).not.toContain('rec-02');
    const ru = await tap(
      'recovery',
      'Наладить общение с сыном',
      'Сыну восемь, он живёт у бабушки с дедушкой по маминой линии. Созваниваемся раз в месяц, и то на пару минут. Хочу видеться с ним чаще.',
      'ru',
    );
    expect(ru.keys).toContain('rec-gen-contact');
    expect(ru.keys).not.toContain('rec-02');
    // A hearing ahead keeps the legal preparation: no contact proposal in its place.
    const near = await tap(
      'recovery',
      'Prepare for the custody hearing',
      "The hearing is on Friday and I'm overwhelmed.",
      'en',
      ['A court case or mediation'],
    );
    expect(near.keys).not.toContain('rec-gen-contact');
  });

  it('lets someone who cannot yet open the wardrobe go at their own pace: no date, no clearing plan, no charity van', async () => {
    const ru = await tap(
      'grief',
      'не могу разобрать вещи мужа',
      'Мне 74, живу в Ашдоде, мы с мужем приехали из Харькова в девяностых. Миша умер в марте, а его шкаф так и стоит, я даже дверцу не открываю. Дочь говорит, что одежду надо раздать, а я не могу. Вечерами сижу одна и разговариваю с ним.',
      'ru',
      ['Утрата', 'Разобрать вещи умершего'],
    );
    expect(ru.keys[0]).toBe('grief-ready-pace');
    expect(some(ru.keys, 'grief-things-').filter((key) => key !== 'grief-things-memory')).toEqual([]);
    const en = await tap(
      'grief',
      "I can't bring myself to go through Mum's things",
      "She died in January and her room is exactly as she left it. My brother keeps asking when we'll sort it.",
      'en',
      ['Sorting or clearing their things'],
    );
    expect(en.keys[0]).toBe('grief-ready-pace');
    expect(en.keys).not.toContain('grief-things-plan');
    // A flat that must be handed back by a date keeps the plan with its date.
    const near = await tap(
      'grief',
      "Clear out Dad's flat",
      "The council wants the keys back by the end of the month and I can't face it.",
      'en',
      ['Sorting or clearing their things'],
    );
    expect(near.keys[0]).toBe('grief-things-plan');
    expect(near.keys).not.toContain('grief-ready-pace');
  });

  it('reads a stated age of 14 to 17 as school, and tells one teacher about a pet, with no academic leave', async () => {
    const ru = await tap(
      'grief',
      'умерла наша собака, не могу успокоиться',
      'Мне 17, живу с бабушкой в деревне под Псковом. Весной умерла наша собака Найда, ей было 14 лет, она была со мной всё детство. Все говорят, что это просто собака и можно взять щенка, а я каждый день плачу. Скоро экзамены, а я ни на чём не могу сосредоточиться.',
      'ru',
      ['Вернуться к учёбе после утраты'],
    );
    expect(ru.keys[0]).toBe('grief-study-tell-pet');
    expect(ru.keys).not.toContain('grief-study-tell');
    expect(ru.keys).not.toContain('grief-study-support');
    expect(ru.keys).toContain('grief-study-with-school');
    const en = await tap(
      'grief',
      "Can't focus on revision since grandad died",
      "I'm 16, my grandad died in March and my exams start in May. I keep reading the same page.",
      'en',
      ['Getting back to my studies after a loss'],
    );
    expect(en.keys[0]).toBe('grief-study-tell-school');
    expect(en.keys).not.toContain('grief-study-tell');
    // A college named wins over the age; a person's death keeps the request for help with exams.
    const near = await tap(
      'grief',
      'Вернуться к учёбе после смерти папы',
      'Мне 17, учусь на первом курсе колледжа. Папа умер в феврале, скоро сессия, а я не могу заниматься.',
      'ru',
      ['Вернуться к учёбе после утраты'],
    );
    expect(near.keys[0]).toBe('grief-study-tell');
  });

  it('does not send sisters to a notary or lawyer over a flat that has already been divided', async () => {
    const ru = await tap(
      'family',
      'помириться с сестрой после раздела папиной квартиры',
      'Мне 46, живу в Минске. Когда папы не стало, мы с младшей сестрой делили его квартиру и страшно разругались, уже полтора года не общаемся. Сейчас понимаю, что из-за квадратных метров потеряла единственного близкого человека. Хочу хотя бы начать разговаривать, но не знаю, как подступиться, чтобы не сделать хуже.',
      'ru',
      ['Семья', 'Наладить связь, когда не общаемся'],
    );
    expect(ru.keys).not.toContain('fam-estr-dispute');
    expect(ru.keys).toContain('fam-estr-settled');
    const en = await tap(
      'family',
      'Make peace with my brother',
      "After we divided Dad's house last year we stopped speaking. I miss him and want to reach out.",
      'en',
      ['Reconnecting after we stopped talking'],
    );
    expect(en.keys).not.toContain('fam-estr-dispute');
    // A division still going on keeps the neutral facts.
    const near = await tap(
      'family',
      'Помириться с братом',
      'Мы не общаемся из-за наследства: сейчас делим родительский дом, и каждый разговор кончается ссорой.',
      'ru',
      ['Наладить связь, когда не общаемся'],
    );
    expect(near.keys).toContain('fam-estr-dispute');
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
    expect(some(ru.keys, 'soc-hobby-')).toEqual([]);
    const en = await tap(
      'social',
      'Find people to play board games with',
      "I live in a small town and there's no club here. I'd love to play Catan and Wingspan with someone.",
      'en',
      ['People to share a hobby', 'Just starting'],
    );
    expect(en.keys).toContain('soc-table-host');
    expect(some(en.keys, 'soc-hobby-')).toEqual([]);
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
});
