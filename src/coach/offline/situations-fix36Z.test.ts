import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const SILL = ['fix-rot-probe', 'fix-rot-decide', 'fix-rot-kit', 'fix-rot-repair'];
const DECK = ['fix-deck-probe', 'fix-deck-buy', 'fix-deck-out', 'fix-deck-fit'];
const HOUSE_CHECKS = ['fix-02', 'fix-03', 'fix-04'];
const POLY = ['fix-poly-measure', 'fix-poly-buy', 'fix-poly-out', 'fix-poly-fit'];
const REWIRE = ['fix-rewire-plan', 'fix-rewire-quotes', 'fix-rewire-load'];
const ODUST = ['home-odust-gaps', 'home-odust-damp', 'home-odust-cover'];
const CRAFT = ['home-craft-spot', 'home-craft-table', 'home-craft-store'];
const FOLK = ['cre-folk-refs', 'cre-folk-strokes', 'cre-folk-layers'];
const PENCIL = ['cre-draw-kit', 'cre-draw-first', 'cre-draw-lesson', 'cre-paint-first'];
const COSTUME = ['cre-cost-plan', 'cre-cost-dates', 'cre-cost-test'];
const KNIT = ['cre-knit-kit', 'cre-knit-lesson', 'cre-knit-first'];
const NEAR = ['soc-near-list', 'soc-near-tea', 'soc-near-calls'];
const VENUES = ['soc-older-centre', 'soc-07', 'soc-08', 'soc-10'];
const SORRY = ['fam-sorry-write', 'fam-sorry-send', 'fam-sorry-listen'];
const SENT = ['fam-gsent-talk', 'fam-gsent-parents', 'fam-gsent-swap', 'fam-gsent-rules'];
const VISITS = ['fam-grand-parents', 'fam-grand-regular', 'fam-gcare-words', 'fam-gcare-contact', 'fam-23'];
const TREK = ['trip-wild-guide', 'trip-trek-route', 'trip-trek-register'];
const ACCESS = ['access-fit', 'access-room', 'access-assist', 'access-days'];

describe('the thirty-sixth blind read, fixed in general (helper fix36Z)', () => {
  it('replaces soft deck boards over sound joists — not a sill resin repair or a grout test', async () => {
    const en = await tap(
      'repair',
      'Swap out the soft decking boards by the back door',
      'Four boards flex when you step on them; we have people over in three weeks.',
      'en',
      ['Rotten', 'Grout'],
    );
    expect(en.keys.slice(0, 4)).toEqual(DECK);
    for (const key of [...SILL, 'fix-surf-test', 'fix-surf-video']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'repair',
      'Поменять прогнившие доски на террасе',
      'Три доски у входа прогибаются, летом приедут гости.',
      'ru',
      ['Гнилое', 'Затирка'],
    );
    expect(ru.keys[0]).toBe('fix-deck-probe');
    expect(ru.texts[0]).toMatch(/лаг/);
    for (const key of SILL) expect(ru.keys).not.toContain(key);
    // A rotten window sill keeps the sill's probe, and oiling a deck replaces no boards.
    const sill = await tap('repair', 'Fix the rotten window sill', 'The paint cracked and the wood is soft.', 'en', [
      'Rotten',
    ]);
    expect(sill.keys[0]).toBe('fix-rot-probe');
    const oil = await tap('repair', 'Oil the deck boards before summer', 'They have gone grey.', 'en', ['Grout']);
    expect(oil.keys.filter((key) => key.startsWith('fix-deck'))).toEqual([]);
  });

  it('replaces broken polycarbonate sheets the right way round — no water valve, breaker or wall to drill', async () => {
    const en = await tap(
      'repair',
      'Replace the cracked polycarbonate on our carport',
      'A branch came down in the storm and split two sheets.',
      'en',
      ['None'],
    );
    expect(en.keys.filter((key) => key.startsWith('fix-poly'))).toEqual(POLY);
    for (const key of HOUSE_CHECKS) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'repair',
      'Перекрыть теплицу новым поликарбонатом',
      'Старый пожелтел и потрескался, рассаду сажать в мае.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys).toContain('fix-poly-fit');
    expect(ru.text).toMatch(/термошайб/);
    for (const key of HOUSE_CHECKS) expect(ru.keys).not.toContain(key);
    // A fence panel keeps the outdoor steps, and the button names a greenhouse too.
    const fence = await tap('repair', 'Replace the broken fence panel', 'It blew down last night.', 'en', ['A fence']);
    expect(fence.asked[0]?.choices).toContain('A fence, shed roof or greenhouse');
    expect(fence.keys).toContain('fix-out-measure');
    expect(fence.keys.filter((key) => key.startsWith('fix-poly'))).toEqual([]);
  });

  it('gives one new light in a home with aluminium wiring the electrician and the aluminium — no whole-house rewire', async () => {
    const en = await tap(
      'repair',
      'Put up a new ceiling light in the hallway',
      'The bungalow is from 1971 and still has its aluminium wiring.',
      'en',
      ['A new light'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['fix-elec-pro', 'fix-elec-alu']);
    for (const key of REWIRE) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'repair',
      'Поставить новый светильник в спальне',
      'Квартира в хрущёвке, проводка алюминиевая, старый плафон уже сняли.',
      'ru',
      ['Новая люстра'],
    );
    expect(ru.keys).toContain('fix-elec-alu');
    expect(ru.texts[ru.keys.indexOf('fix-elec-alu')]).toMatch(/алюмини/);
    for (const key of REWIRE) expect(ru.keys).not.toContain(key);
    // Aluminium wiring with fuses blowing and nothing new to fit is still the rewire.
    const rewire = await tap(
      'repair',
      'Make the old wiring safe',
      'Aluminium wiring from the sixties; the fuses blow when the kettle and the heater are on together.',
      'en',
      ['A faulty socket'],
    );
    expect(rewire.keys[0]).toBe('fix-rewire-plan');
    expect(rewire.keys).not.toContain('fix-elec-alu');
  });

  it('reads a stove pipe that blows smoke back into the room as a smoking stove — no video or house checks', async () => {
    const en = await tap(
      'repair',
      'Stop the stove pipe blowing smoke back into the kitchen',
      'Every windy evening the smoke comes back down the pipe.',
      'en',
    );
    expect(en.keys).toContain('fix-stovef-check');
    for (const key of HOUSE_CHECKS) expect(en.keys).not.toContain(key);
    const ru = await tap('repair', 'Разобраться, почему печку задувает', 'При ветре дым идёт обратно в дом.', 'ru');
    expect(ru.keys).toContain('fix-stovef-check');
    for (const key of HOUSE_CHECKS) expect(ru.keys).not.toContain(key);
    // A cooker hood is no stove.
    const hood = await tap('repair', 'Fix the cooker hood', "The fan runs but it doesn't pull the steam out.", 'en');
    expect(hood.keys.filter((key) => key.startsWith('fix-stovef'))).toEqual([]);
  });

  it('keeps dust blowing in from outside out at the openings and wipes it damp — not a tidy reset or laundry days', async () => {
    const en = await tap(
      'home',
      'Keep the flat clean in dust storm season',
      'From March the dust comes in through every window and there is grit on the table by lunchtime.',
      'en',
      ['Keeping', 'A deep'],
    );
    expect(en.keys.slice(0, 3)).toEqual(ODUST);
    expect(en.text).toMatch(/never close up a room where a stove/);
    for (const key of ['home-routine-reset', 'home-routine-laundry']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'home',
      'Справиться с пылью в доме летом',
      'Живём у грунтовки, пыль с дороги летит в окна, к вечеру всё серое.',
      'ru',
      ['Поддерживать', 'Генеральная'],
    );
    expect(ru.keys[0]).toBe('home-odust-gaps');
    // A home that just gets messy keeps the daily routine.
    const tidy = await tap('home', 'Keep the flat tidy every day', 'Things pile up all week.', 'en', ['Keeping']);
    expect(tidy.keys[0]).toBe('home-routine-reset');
    expect(tidy.keys.filter((key) => key.startsWith('home-odust'))).toEqual([]);
  });

  it('finds a spot where sewing or a craft can stay laid out — not a declutter or a laptop desk', async () => {
    const en = await tap(
      'home',
      'Make a sewing corner in our small flat',
      'My machine lives in a cupboard and I unpack it every time; fabric is in bags in the wardrobe.',
      'en',
      ['Sorting', 'A work'],
    );
    expect(en.keys.slice(0, 3)).toEqual(CRAFT);
    for (const key of ['home-space-boxes', 'home-space-out', 'home-corner-spot']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'home',
      'Уголок для рукоделия в однушке',
      'Вышиваю и вяжу, всё лежит по шкафам, и каждый раз раскладываю заново на кухне.',
      'ru',
      ['Разобрать', 'Рабочий'],
    );
    expect(ru.keys[0]).toBe('home-craft-spot');
    expect(ru.keys).not.toContain('home-space-boxes');
    // A corner for working from home keeps the desk steps.
    const desk = await tap('home', 'Set up a work corner', "I've started working from home three days a week.", 'en', [
      'A work',
    ]);
    expect(desk.keys[0]).toBe('home-corner-spot');
    expect(desk.keys.filter((key) => key.startsWith('home-craft'))).toEqual([]);
  });

  it('learns folk brush painting from its models, strokes and layers — not a pencil sketch of a mug', async () => {
    const en = await tap(
      'creative',
      'Learn Norwegian rosemaling',
      'I bought a set of brushes and acrylics and I can only draw a little.',
      'en',
      ['Just starting', 'Drawing', 'Painting'],
    );
    expect(en.keys.slice(0, 3)).toEqual(FOLK);
    for (const key of PENCIL) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'creative',
      'Научиться хохломской росписи',
      'Рисую немного карандашом, хочу расписать пару досок к ярмарке.',
      'ru',
      ['Только начинаю', 'Рисование', 'Живопись'],
    );
    expect(ru.keys[0]).toBe('cre-folk-refs');
    for (const key of PENCIL) expect(ru.keys).not.toContain(key);
    // Learning to draw keeps the drawing steps.
    const draw = await tap('creative', 'Научиться рисовать карандашом', 'Хочу рисовать портреты детей.', 'ru', [
      'Только начинаю',
      'Ничего',
    ]);
    expect(draw.keys.filter((key) => key.startsWith('cre-folk'))).toEqual([]);
  });

  it('makes a costume part by part back from the day — not a generic first piece and five works you love', async () => {
    const en = await tap(
      'creative',
      'Make a dragon costume for my son for Halloween',
      "He's 6; I want wings and a tail, and I've only ever sewn buttons on.",
      'en',
      ['Just starting'],
    );
    expect(en.keys.slice(0, 3)).toEqual(COSTUME);
    for (const key of ['cre-kit', 'cre-15', 'cre-14', 'cre-02']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'creative',
      'Сшить дочке новогодний костюм снежинки',
      'Утренник в садике через три недели, шью плохо.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys[0]).toBe('cre-cost-plan');
    expect(ru.keys).not.toContain('cre-kit');
    // Cosplay armour keeps its own steps.
    const cosplay = await tap('creative', 'Make foam armour for my first cosplay', 'Comic Con is in May.', 'en', [
      'Just starting',
      'A cosplay',
    ]);
    expect(cosplay.keys).toContain('cre-cos-refs');
    expect(cosplay.keys.filter((key) => key.startsWith('cre-cost'))).toEqual([]);
  });

  it('pieces a patchwork quilt from sorted scraps, a template and a steady seam — no knitting kit or swatch', async () => {
    const en = await tap(
      'creative',
      'Make my first patchwork quilt',
      "I've kept my late husband's shirts and I have an old sewing machine.",
      'en',
      ['Just starting', 'Knitting'],
    );
    // fix45R: a quilt from someone's shirts takes the shirts apart first (`cre-patch-clothes`) instead of the scrap sort.
    expect(en.keys.slice(0, 3)).toEqual(['cre-patch-clothes', 'cre-patch-plan', 'cre-patch-cut']);
    expect(en.keys).not.toContain('cre-patch-sort');
    for (const key of KNIT) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'creative',
      'Сшить лоскутное покрывало на дачу',
      'Лоскутов много, шью на машинке только прямые швы.',
      'ru',
      ['Только начинаю', 'Рукоделие'],
    );
    expect(ru.keys[0]).toBe('cre-patch-sort');
    for (const key of KNIT) expect(ru.keys).not.toContain(key);
    // Knitting keeps the knitting kit.
    const knit = await tap('creative', 'Learn to knit a scarf', 'Never held needles.', 'en', [
      'Just starting',
      'Knitting',
    ]);
    expect(knit.keys).toContain('cre-knit-kit');
    expect(knit.keys.filter((key) => key.startsWith('cre-patch'))).toEqual([]);
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

  it('apologises first for a hurt the person caused — no weekly call or visit booked', async () => {
    const en = await tap(
      'family',
      'Make it up with my brother',
      'I forgot his birthday again and said something awful when he called me out. He barely speaks to me now.',
      'en',
    );
    expect(en.keys.slice(0, 3)).toEqual(SORRY);
    for (const key of ['fam-01', 'fam-02', 'fam-21', 'fam-estr-message']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'family',
      'Помириться с мамой',
      'Я её обидела на Новый год, не приехала на её юбилей, и она со мной почти не разговаривает.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-sorry-write');
    expect(ru.keys).not.toContain('fam-estr-message');
    // A rift the person didn't cause keeps the warm first message.
    const rift = await tap(
      'family',
      'Reconnect with my estranged father',
      "We haven't spoken in six years since he left.",
      'en',
      ['Reconnecting'],
    );
    expect(rift.keys).toContain('fam-estr-message');
    expect(rift.keys.filter((key) => key.startsWith('fam-sorry'))).toEqual([]);
  });

  it('helps grandparents with a grandchild sent to live with them — no visits arranged with the parents', async () => {
    const en = await tap(
      'family',
      'Get on with our grandson this year',
      "He's 14; his parents sent him to live with us on the farm for a year after trouble at his city school. He's on his phone all day.",
      'en',
      ['None'],
    );
    expect(en.keys.slice(0, 4)).toEqual(SENT);
    for (const key of VISITS) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'family',
      'Подружиться с внучкой',
      'Дочь с зятем уехали на заработки и отправили её к нам на весь учебный год. Ей 12, скучает, молчит.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('fam-gsent-talk');
    expect(ru.keys).toContain('fam-gsent-parents');
    for (const key of VISITS) expect(ru.keys).not.toContain(key);
    // A grandchild raised while the parent is in treatment keeps the kinship steps.
    const care = await tap(
      'family',
      'Help my granddaughter settle in',
      "She's 8 and lives with us now while her mum is in rehab.",
      'en',
      ['None'],
    );
    expect(care.keys[0]).toBe('fam-gcare-words');
    expect(care.keys.filter((key) => key.startsWith('fam-gsent'))).toEqual([]);
  });

  it('offers going back to a place or activity by a name that fits, and walks a partial first return', async () => {
    const en = await tap(
      'grief',
      'Go back to my Saturday shifts at the food bank',
      'My wife died there of a heart attack in the spring. I tried once and sat in the car.',
      'en',
      ['Going back to a place'],
    );
    expect(en.asked.some((asked) => asked.choices?.includes('Going back to a place or activity'))).toBe(true);
    expect(en.keys.slice(0, 2)).toEqual(['grief-back-tell', 'grief-back-part']);
    expect(en.keys).not.toContain('grief-08');
    const ru = await tap(
      'grief',
      'Снова ходить в хор после смерти мамы',
      'Мы пели там вместе двенадцать лет, её не стало в ноябре.',
      'ru',
      ['Вернуться в прежнее'],
    );
    expect(ru.asked.some((asked) => asked.choices?.includes('Вернуться в прежнее место или к делу'))).toBe(true);
    expect(ru.keys[0]).toBe('grief-back-tell');
    // Going back to work keeps its own steps.
    const work = await tap('grief', 'Go back to work after Mum died', 'My first shift back is on Monday.', 'en', [
      'Going back to work',
    ]);
    expect(work.keys).not.toContain('grief-back-tell');
  });

  it('reads «дикарём» as a tent outside a campsite — no trek route, registration or wildlife guide', async () => {
    const ru = await tap('travel', 'Съездить на Байкал дикарём', 'С подругой, в августе, палатка есть.', 'ru', [
      'Поход',
    ]);
    expect(ru.keys).toContain('camp-wild-spot');
    for (const key of [...TREK, 'camp-site']) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'travel',
      'Free camping along the coast of Portugal',
      'Two of us with a tent and a rented car, in June.',
      'en',
      ['Camping'],
    );
    expect(en.keys).toContain('camp-wild-spot');
    expect(en.keys).not.toContain('camp-site');
    // A campsite trip keeps the campsite, and a tent trek in the mountains keeps its route.
    const site = await tap('travel', 'Camping in Wales with the kids', 'First time in a tent.', 'en', ['Camping']);
    expect(site.keys).toContain('camp-site');
    expect(site.keys).not.toContain('camp-wild-spot');
    const trek = await tap('travel', 'Сходить в поход на Алтай', 'Пять дней с палатками по горам, в июле.', 'ru', [
      'Поход',
    ]);
    expect(trek.keys).toContain('trip-trek-route');
  });

  it('keeps a stated walking stick or wheelchair on the access steps whatever is tapped — no plain bed booked', async () => {
    const ru = await tap(
      'travel',
      'Свозить папу в Стамбул на неделю',
      'Папе 78, он ходит с палочкой, и нужна гостиница без лестниц.',
      'ru',
      ['Поездка за границу'],
    );
    expect(ru.keys.some((key) => ACCESS.includes(key))).toBe(true);
    expect(ru.keys).not.toContain('trip-bed');
    const en = await tap(
      'travel',
      'Take my aunt to Lisbon for her 80th',
      'She uses a wheelchair outside the house and we fly from Manchester.',
      'en',
      ['A trip abroad'],
    );
    expect(en.keys.some((key) => ACCESS.includes(key))).toBe(true);
    expect(en.keys).not.toContain('trip-bed');
    // No mobility need: no access steps.
    const plain = await tap('travel', 'A long weekend in Lisbon', 'Flights from Manchester, first time there.', 'en', [
      'A trip abroad',
    ]);
    expect(plain.keys.filter((key) => ACCESS.includes(key))).toEqual([]);
  });
});
