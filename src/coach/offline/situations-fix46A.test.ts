import { describe, expect, it } from 'vitest';
import { hazardKeys, tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the forty-fifth blind read, fixed in general (helper fix46A)', () => {
  it('reads online slots as gambling: blocks and self-exclusion, never a quit date or a daily allowance on the apps', async () => {
    const en = await tap(
      'quit',
      'Quit the slots apps for good',
      'I play slots on my phone in bed and chase losses; I keep deleting the app and downloading it again.',
    );
    expect(en.keys[0]).toBe('quit-gamble-block');
    expect(en.keys).not.toContain('quit-date');
    expect(en.keys).not.toContain('quit-phone-limits');
    const ru = await tap(
      'quit',
      'Завязать со слотами',
      'Каждую ночь кручу слоты в телефоне, проиграл уже двести тысяч.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-gamble-block');
    expect(ru.keys).not.toContain('quit-date');
    // A phone game with no money named stays a screen habit.
    const near = await tap('quit', 'Stop playing Candy Crush at night', 'I play on my phone in bed until 1am.');
    expect(near.keys.filter((key) => key.startsWith('quit-gamble'))).toEqual([]);
  });

  it('moves each day’s cash out of reach when the money comes in by the day, not bills on a payday', async () => {
    const en = await tap(
      'quit',
      'Stop betting my earnings away',
      "I drive a taxi and I'm paid every day. I bet on football on my phone and most evenings it's gone.",
    );
    expect(en.keys).toContain('quit-gamble-daycash');
    expect(en.keys).not.toContain('quit-gamble-money');
    const ru = await tap(
      'quit',
      'Бросить ставки',
      'Таксую, выручка каждый день, и половину ставлю в букмекерском приложении.',
      'ru',
    );
    expect(ru.keys).toContain('quit-gamble-daycash');
    expect(ru.keys).not.toContain('quit-gamble-money');
    // A monthly salary keeps the payday step.
    const near = await tap(
      'quit',
      'Stop sports betting',
      'I bet on my phone every weekend and lose most of my monthly salary.',
    );
    expect(near.keys).toContain('quit-gamble-money');
    expect(near.keys).not.toContain('quit-gamble-daycash');
  });

  it('changes the moment at the counter for scratch cards bought in a shop — no betting apps to delete', async () => {
    const en = await tap(
      'quit',
      'Stop wasting money on scratch cards',
      'I pick up a few every time I buy my paper at the newsagent, maybe £15 a week.',
    );
    expect(en.keys[0]).toBe('quit-gamble-counter');
    expect(en.keys).not.toContain('quit-gamble-block');
    // Scratch cards in an app keep the blocks.
    const near = await tap('quit', 'Stop buying scratch cards', 'I buy them in the lottery app every night.');
    expect(near.keys).toContain('quit-gamble-block');
    expect(near.keys).not.toContain('quit-gamble-counter');
  });

  it('makes driving time listening time — never a book or a reading app kept where the person drives', async () => {
    const en = await tap(
      'reading',
      'Read again like I used to',
      "Most of my free time is behind the wheel, driving between sites for work. I've got a pile of crime novels I never open.",
    );
    expect(en.keys[0]).toBe('read-wheel-listen');
    expect(en.keys).not.toContain('read-slot-window');
    const ru = await tap(
      'reading',
      'Читать хотя бы по книге в месяц',
      'Работаю водителем, почти всё свободное время за рулём, а вечером сил нет.',
      'ru',
    );
    expect(ru.keys[0]).toBe('read-wheel-listen');
    expect(ru.keys).not.toContain('read-slot-window');
    // A train commute keeps the book on the commute.
    const near = await tap(
      'reading',
      'Read more books this year',
      'I commute on the train for an hour each way and mostly scroll my phone.',
    );
    expect(near.keys).not.toContain('read-wheel-listen');
  });

  it('skips "get the e-book for the commute" when the big book is already on an e-reader', async () => {
    const en = await tap(
      'reading',
      'Finally finish Anna Karenina',
      'I have it on my Kindle with the font turned up and stall halfway every time.',
      'en',
      ['Finishing one big book'],
    );
    expect(en.keys).toContain('read-book-plan');
    expect(en.keys).not.toContain('read-book-carry');
    const near = await tap(
      'reading',
      'Finally finish Anna Karenina',
      'A paperback, and I stall halfway every time.',
      'en',
      ['Finishing one big book'],
    );
    expect(near.keys).toContain('read-book-carry');
  });

  it('puts the snake precautions first when a snake is said to live where the person will clear or work', async () => {
    const en = await tap(
      'home',
      'Empty the old garage before we sell',
      'Thirty years of junk in there, and my son saw an adder under the pile of old timber last summer.',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-snake-gear', 'hz-snake-bite']);
    const ru = await tap(
      'home',
      'Разобрать сарай на даче',
      'В сарае гора хлама, а прошлым летом сосед видел там гадюку.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hz-snake-gear', 'hz-snake-bite']);
    // A pet snake's tank, or a fear of snakes on a trip, brings none of it.
    const pet = await tap(
      'habit',
      'Clean the terrarium every week',
      "My corn snake's tank needs a proper clean and I keep putting it off.",
    );
    expect(hazardKeys(pet.keys)).toEqual([]);
    const trip = await tap(
      'travel',
      'Enjoy the Australia trip',
      "I'm terrified of snakes and spiders but we fly in March.",
    );
    expect(hazardKeys(trip.keys).filter((key) => key.startsWith('hz-snake'))).toEqual([]);
  });

  it('fills the pill box already at home instead of sending the person to buy one', async () => {
    const en = await tap(
      'habit',
      'Take my statin every night',
      "My daughter gave me a pill organiser but it's still in the drawer.",
    );
    expect(en.keys).toContain('hab-pills-box-fill');
    expect(en.keys).not.toContain('hab-pills-organiser');
    const ru = await tap(
      'habit',
      'Пить таблетки каждое утро',
      'Таблетницу жена купила, так и стоит пустая, а я забываю.',
      'ru',
    );
    expect(ru.keys).toContain('hab-pills-box-fill');
    expect(ru.keys).not.toContain('hab-pills-organiser');
    const near = await tap('habit', 'Take my statin every night', 'I keep forgetting it at bedtime.');
    expect(near.keys).toContain('hab-pills-organiser');
    expect(near.keys).not.toContain('hab-pills-box-fill');
  });

  it('keeps a therapist’s exercises on their own path — no generic kit, tracker, anchor or doctor’s notes after it', async () => {
    const en = await tap(
      'habit',
      'Do my knee exercises daily',
      'The physio gave me a printed routine after I hurt my knee at football, but I only do it when the knee aches.',
      'en',
      ['Daily exercises a therapist set'],
    );
    expect(en.keys).toEqual(['hab-set-card', 'hab-set-moment', 'hab-set-chart', 'hab-set-ask', 'hab-set-restart']);
    // A habit with no therapist keeps its kit step.
    const near = await tap('habit', 'Floss every night', 'I buy floss and then never use it.');
    expect(near.keys).not.toContain('hab-set-restart');
  });

  it('gets the containers ready for cooking for the week, instead of floss by the toothbrush', async () => {
    const en = await tap(
      'habit',
      'Batch cook my lunches every Sunday',
      'I spend a fortune on sandwiches at work and have nothing to put food in.',
      'en',
      ['Something I do once a week'],
    );
    expect(en.keys).toContain('hab-batch-kit');
    expect(en.keys).not.toContain('hab-04');
    expect(en.keys).not.toContain('hab-05');
    const ru = await tap(
      'habit',
      'Готовить обеды на неделю по воскресеньям',
      'Трачу кучу денег на доставку, контейнеров нет.',
      'ru',
      ['Привычка раз в неделю'],
    );
    expect(ru.keys).toContain('hab-batch-kit');
    expect(ru.keys).not.toContain('hab-04');
    const near = await tap(
      'habit',
      'Call my grandmother every Sunday',
      'She lives alone and I forget until it is late.',
      'en',
      ['Something I do once a week'],
    );
    expect(near.keys).not.toContain('hab-batch-kit');
  });

  it('drops "buy earplugs" when earplugs were tried and did not help in a shared room', async () => {
    const en = await tap(
      'sleep',
      'Sleep through the night in halls',
      "I share a room with two others who stay up gaming. I've tried earplugs but they fall out.",
      'en',
      ['Sharing a room'],
    );
    expect(en.keys).toContain('sleep-shared-deal');
    expect(en.keys).not.toContain('sleep-shared-kit');
    const ru = await tap('sleep', 'Высыпаться в общаге', 'Соседи по комнате сидят до трёх. Беруши не помогают.', 'ru', [
      'Общая комната',
    ]);
    expect(ru.keys).not.toContain('sleep-shared-kit');
    const near = await tap(
      'sleep',
      'Sleep through the night in halls',
      'I share a room with two others who stay up gaming.',
      'en',
      ['Sharing a room'],
    );
    expect(near.keys).toContain('sleep-shared-kit');
  });
});
