import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the twentieth blind read, fixed in general (helper fix20b)', () => {
  it('gives a driver who cannot reverse or park a lesson and car-park practice on that manoeuvre, not winter roads or the controls', async () => {
    const caravan = await firstFive(
      'skill',
      'Learn to reverse our new caravan onto a pitch',
      "We bought a second-hand touring caravan in March and I'm fine towing it on the motorway, but I go to pieces reversing. First trip is the Lake District at Whitsun half-term.",
    );
    expect(caravan.keys).toEqual([
      'skill-man-lesson',
      'skill-man-method',
      'skill-man-cones',
      'skill-man-helper',
      'skill-man-real',
    ]);
    expect(caravan.text).not.toMatch(/winter tyres|skid|storm|motorways and highways/i);
    expect(caravan.text).toMatch(/caravan or trailer/);
    const ru = await firstFive(
      'skill',
      'Научиться парковаться задом во дворе у дома',
      'Права у меня два года, но задом парковаться так и не научилась — всегда прошу мужа. В марте он уезжает на вахту, и к этому времени хочу справляться сама.',
      'ru',
    );
    expect(ru.keys).toEqual([
      'skill-drive-instructor',
      'skill-man-method',
      'skill-man-cones',
      'skill-man-helper',
      'skill-man-real',
    ]);
    for (const beginner of ['skill-drive-car', 'skill-drive-rules', 'skill-drive-route'])
      expect(ru.keys).not.toContain(beginner);
    expect(ru.text).not.toMatch(/билеты|дворники/);
    const en = await firstFive(
      'skill',
      'Learn to parallel park',
      "I've had my licence for five years but I still avoid parking on the street.",
    );
    expect(en.keys[0]).toBe('skill-drive-instructor');
    expect(en.keys).toContain('skill-man-cones');
    expect(en.keys).not.toContain('skill-man-lesson');
    // "Fine in town" is no word about the open road: winter on the highway keeps its instructor and closed ground.
    const winter = await firstFive(
      'skill',
      'Научиться уверенно водить зимой по трассе',
      'Права есть три года, по городу езжу спокойно, но в гололёд на трассу Астана — Караганда боюсь выезжать.',
      'ru',
    );
    expect(winter.keys[0]).toBe('skill-road-course');
    expect(winter.keys).not.toContain('skill-man-lesson');
    // Wanting to be confident on the motorway says nothing about being fine there.
    const motorway = await firstFive(
      'skill',
      'Get confident on the motorway',
      "Passed two years ago but I've only done short trips in town.",
    );
    expect(motorway.keys[0]).toBe('skill-road-course');
  });

  it('gives a tiered wedding cake from someone who bakes a plan, a trial tier and stacking practice, not a first simple bake', async () => {
    const en = await firstFive(
      'skill',
      "Make and stack a three-tier cake for my sister's wedding",
      'I bake a decent Victoria sponge but have never done dowels, fondant or anything tiered. The wedding is 14 September and my kitchen oven only fits one 8-inch tin at a time.',
    );
    expect(en.keys).toEqual([
      'skill-tier-plan',
      'skill-tier-trial',
      'skill-tier-kit',
      'skill-tier-practice',
      'skill-tier-stack',
    ]);
    expect(en.text).not.toMatch(/banana bread|first bake|baking basics/i);
    expect(en.text).toMatch(/dowels/);
    const ru = await firstFive(
      'skill',
      'Испечь трёхъярусный торт на свадьбу дочери',
      'Бисквиты пеку давно, но с мастикой и ярусами никогда не работала.',
      'ru',
    );
    expect(ru.keys[0]).toBe('skill-tier-plan');
    expect(ru.keys).not.toContain('skill-bake-plan');
    expect(ru.text).toMatch(/мастик/);
    // Someone who has never baked keeps the first simple bake.
    const beginner = await firstFive('skill', 'Learn to bake', 'I have never baked anything.');
    expect(beginner.keys[0]).toBe('skill-bake-plan');
  });

  it('gives stained glass a safe bench, a pattern and practice cuts, and a date for a new piece no "finish an abandoned piece" steps', async () => {
    const en = await firstFive(
      'creative',
      "Make a stained-glass suncatcher for my mum's kitchen window",
      "I did one taster class at the community centre and loved it, but I don't own any tools yet. I'd like it finished for Mother's Day.",
    );
    expect(en.keys).toEqual([
      'cre-glass-bench',
      'cre-glass-kit',
      'cre-glass-pattern',
      'cre-glass-cuts',
      'cre-glass-sessions',
    ]);
    expect(en.text).toMatch(/safety glasses/);
    expect(en.text).not.toMatch(/unfinished piece|a folder|in about 15 minutes/i);
    const ru = await firstFive(
      'creative',
      'Сделать витраж в технике тиффани',
      'Была на одном мастер-классе, своих инструментов нет.',
      'ru',
    );
    expect(ru.keys[0]).toBe('cre-glass-bench');
    expect(ru.text).toMatch(/защитные очки/);
    // A piece really left unfinished keeps the finishing steps.
    const quilt = await firstFive(
      'creative',
      'Finish the quilt I started years ago',
      'It has been in a drawer since 2019.',
    );
    expect(quilt.keys[0]).toBe('cre-fin-pick');
  });

  it('gives a mosaic of broken tiles a design, safe breaking and the right adhesive, not a broken part or the fuse box', async () => {
    const ru = await firstFive(
      'creative',
      'Выложить мозаику из битой плитки на стене бани',
      'Никогда не делала мозаику, но плитки после ремонта осталось много. Хочу успеть за лето, пока мы на даче, работать могу только по выходным.',
      'ru',
    );
    expect(ru.keys).toEqual([
      'cre-mosaic-design',
      'cre-mosaic-safety',
      'cre-mosaic-glue',
      'cre-mosaic-test',
      'cre-mosaic-zones',
    ]);
    expect(ru.text).toMatch(/бане/);
    expect(ru.text).not.toMatch(/марку и модель|автомат в щитке/);
    const en = await firstFive(
      'creative',
      'Make a mosaic from broken tiles for the garden wall',
      "Lots of offcuts left from the bathroom and I've never done mosaic.",
    );
    expect(en.keys[0]).toBe('cre-mosaic-design');
    expect(en.text).toMatch(/safety glasses/);
  });

  it("gives clearing a parent's room with them an agreed small job per visit, not a walk through your home", async () => {
    const en = await firstFive(
      'home',
      "Clear Mum's packed spare room with her, not for her",
      "She's 78 and gets upset at the sight of a skip, so it has to be a bin bag or two each time I visit on Sundays. I'd like the bed usable for the grandkids by Christmas.",
    );
    expect(en.keys).toEqual([
      'home-parent-agree',
      'home-parent-easy',
      'home-parent-out',
      'home-parent-keep',
      'home-parent-track',
    ]);
    expect(en.text).not.toMatch(/through your home|each room/i);
    const ru = await firstFive(
      'home',
      'Разобрать мамину кладовку вместе с ней',
      'Маме 80, она расстраивается, если при ней много выбрасывать.',
      'ru',
    );
    expect(ru.keys[0]).toBe('home-parent-agree');
    // One's own spare room keeps the room-setup steps.
    const office = await firstFive(
      'home',
      'Turn the spare room into a home office',
      'I work from home three days a week.',
    );
    expect(office.keys).toContain('home-room-layout');
    expect(office.keys.some((key) => key.startsWith('home-parent-'))).toBe(false);
  });

  it('gives skis, sledges and off-season clothes in a small flat storage steps, and a balcony with skis in it the sorting', async () => {
    const ru = await firstFive(
      'home',
      'Организовать хранение лыж, санок и зимних вещей в двушке с тремя детьми',
      'Летом всё это стоит в коридоре, зимой — летние вещи. Балкона нет, кладовка крошечная, хочу разобраться до начала лыжного сезона в ноябре.',
      'ru',
    );
    expect(ru.keys).toEqual([
      'home-season-list',
      'home-season-spots',
      'home-season-up',
      'home-season-pack',
      'home-season-swap',
    ]);
    expect(ru.text).not.toMatch(/угол столешницы|каждую комнату/);
    const en = await firstFive(
      'home',
      'Find somewhere to store the bikes and the ski gear',
      'Small flat, no garage, everything lives in the hallway.',
    );
    expect(en.keys[0]).toBe('home-season-list');
    const balcony = await firstFive(
      'home',
      'Разобрать балкон',
      'Пятнадцать лет туда складывали всё подряд: банки, лыжи, старые обои.',
      'ru',
    );
    expect(balcony.keys[0]).toBe('home-space-look');
    expect(balcony.keys.some((key) => key.startsWith('home-season-'))).toBe(false);
  });

  it("gives an older traveller's condition the doctor, insurance and medicines, and reads a passport to renew and a stick", async () => {
    const en = await firstFive(
      'travel',
      'Take my dad back to Jamaica for the first time in 40 years',
      "He's 81, diabetic and uses a stick, and he wants to see his village in St Elizabeth. We're thinking February and his passport still needs renewing.",
    );
    expect(en.keys).toEqual(expect.arrayContaining(['access-fit', 'trip-passport-renew', 'trip-health-insurance']));
    expect(en.keys).not.toContain('trip-price-alert');
    expect(en.keys).not.toContain('trip-health-doctor');
    const ru = await firstFive(
      'travel',
      'Свозить маму в Израиль к сестре',
      'Маме 78, у неё диабет, давно никуда не летала.',
      'ru',
    );
    expect(ru.keys).toEqual(
      expect.arrayContaining(['trip-health-doctor', 'trip-health-insurance', 'trip-health-meds']),
    );
    const friends = await firstFive('travel', 'A week in Lisbon with friends', 'In May, flights not booked yet.');
    expect(friends.keys.some((key) => key.startsWith('trip-health-') || key.startsWith('trip-allergy-'))).toBe(false);
  });

  it("gives a child's allergy a doctor's plan, the airline and the hotel's kitchen, not a car break every two hours", async () => {
    const ru = await firstFive(
      'travel',
      'Впервые поехать в Турцию с ребёнком-аллергиком',
      'Сыну пять, у него аллергия на орехи и рыбу. Хотим в июне на неделю, боюсь самолёта и шведского стола в отеле.',
      'ru',
    );
    expect(ru.keys.slice(2)).toEqual(['trip-allergy-doctor', 'trip-allergy-airline', 'trip-allergy-hotel']);
    expect(ru.text).toMatch(/шведском столе/);
    expect(ru.text).not.toMatch(/перерыв каждые два часа/);
    const en = await firstFive(
      'travel',
      'Take our daughter to Spain for the first time',
      "She's seven and has a peanut allergy; we fly in August.",
    );
    expect(en.keys).toContain('trip-allergy-airline');
  });

  it('gives a short weekend drive the journey, one night and a small bag, not a long road-trip preparation', async () => {
    const en = await firstFive(
      'travel',
      'Weekend drive to the coast',
      'Just an hour and a half away, one night in a B&B.',
    );
    expect(en.keys).toEqual(expect.arrayContaining(['trip-short-journey', 'trip-short-night', 'trip-short-bag']));
    for (const long of ['road-route', 'road-car', 'road-nights']) expect(en.keys).not.toContain(long);
    expect(en.text).not.toMatch(/driving days|for the distance/);
    const ru = await firstFive(
      'travel',
      'Съездить на машине на выходные в Казань',
      'Два часа езды, переночуем в гостинице на одну ночь.',
      'ru',
    );
    expect(ru.keys).toContain('trip-short-journey');
    expect(ru.keys).not.toContain('road-route');
    // A long road trip keeps its route split into driving days.
    const long = await firstFive(
      'travel',
      'Road trip around Scotland',
      'Ten days driving the North Coast 500 in June.',
    );
    expect(long.keys).toContain('road-route');
  });

  it('gives an exam with mock results one look at the lost marks, and weeks of revision one way to handle mistakes', async () => {
    const delf = await firstFive(
      'exam',
      'Сдать DELF B2 для магистратуры во Франции',
      'Французский учу два года, по пробникам выходит около 60 баллов, а нужно 50 по сумме и не меньше 5 за каждую часть — проседает письмо. Экзамен в мае.',
      'ru',
    );
    expect(delf.keys).toEqual(expect.arrayContaining(['exam-lang-writing', 'exam-known']));
    expect(delf.keys).not.toContain('exam-lang-sections');
    const ielts = await firstFive(
      'exam',
      'Pass the IELTS with 7',
      'My mocks come out at 6, writing is the weakest. The test is in March.',
    );
    expect(ielts.keys).not.toContain('exam-lang-sections');
    const ege = await firstFive(
      'exam',
      'Сдать ЕГЭ по литературе на 80+',
      'Я в 11 классе в Саратове, читаю много, но сочинения пишу долго и не укладываюсь во время. Пробник в декабре написала на 64.',
      'ru',
    );
    expect(ege.keys.includes('exam-spaced') && ege.keys.includes('exam-mistakes')).toBe(false);
    expect(ege.keys).not.toContain('exam-mistakes');
  });

  it('gives an old chest of drawers to restore a safe workspace, a hidden-spot test and the drawer and handle, not water and wiring', async () => {
    const ru = await firstFive(
      'repair',
      'Отреставрировать бабушкин дубовый комод',
      'Лак облез, один ящик не выдвигается, ручка отломана. Никогда ничего не реставрировала, работать могу только в гараже по выходным.',
      'ru',
    );
    expect(ru.keys).toEqual(['fix-rest-list', 'fix-rest-safe', 'fix-rest-test', 'fix-rest-drawer', 'fix-rest-handle']);
    expect(ru.text).toMatch(/респиратор/);
    expect(ru.text).not.toMatch(/автомат в щитке|марку и модель/);
    const en = await firstFive('repair', 'Restore an old oak dresser', 'The varnish is flaking and one drawer sticks.');
    expect(en.keys[0]).toBe('fix-rest-list');
    // A leaking tap keeps the kind's general steps.
    const tap = await firstFive('repair', 'Fix the leaking kitchen tap', 'It drips all night.');
    expect(tap.keys).toContain('fix-02');
  });
});
