import { describe, expect, it } from 'vitest';
import { hazardKeys } from '../../../../test/factories/converse.js';
import { firstFive, pack, tap, withPrefix } from '../../../../test/factories/offline-cases.js';
import { createSlotReader } from '../slots.js';

// Goals of the travel kind (content/goals/types/travel.yaml), walked through the offline coach as a person would: the
// situation named and the steps it brings, the level, and a danger named in passing that leads the path. Where a new
// case goes: docs/coach.md.
const TREK = ['trip-wild-guide', 'trip-trek-route', 'trip-trek-register'];

const ACCESS = ['access-fit', 'access-room', 'access-assist', 'access-days'];

const LOST = ['trip-lost-police', 'trip-lost-consulate', 'trip-lost-cards', 'trip-lost-airline', 'trip-lost-cancel'];

describe("harmful steps named in a travel goal lead its path, and near misses keep the kind's own steps", () => {
  it('asks the heart doctor about the trip for a companion with known angina, not the chest-pain emergency', async () => {
    const en = await tap(
      'travel',
      'take my mum to see the fjords by boat and train',
      "Mum is 80 and has angina; she can't take much heat. We want to go in August for ten days and have about 4,000 euros.",
      'en',
    );
    expect(en.keys).toContain('trip-heart-doctor');
    expect(hazardKeys(en.keys)).toEqual([]);
    const ru = await tap(
      'travel',
      'съездить с мамой на море',
      'Маме 74, после инфаркта два года назад, стенокардия. Хотим в сентябре на неделю в Анапу поездом.',
      'ru',
    );
    expect(ru.keys).toContain('trip-heart-doctor');
    expect(hazardKeys(ru.keys)).toEqual([]);
    // Chest pain now, with no known condition, still leads with the emergency steps.
    const near = await tap(
      'travel',
      'weekend in Rome',
      'I get chest pain when I climb the stairs lately, but we booked flights for next month.',
      'en',
    );
    expect(near.keys).toContain('hz-chest-now');
    expect(near.keys).not.toContain('trip-heart-doctor');
  });
});

describe('travel: the level and what the person already has or does', () => {
  it('drops the dates, first booking and place to stay from a trip that is already booked', async () => {
    const en = await firstFive(
      'travel',
      'Fly to Tenerife with our son who has autism',
      "We've booked flights and a hotel for February. He hates crowds and queues.",
    );
    expect(en.keys).not.toEqual(expect.arrayContaining(['trip-dates-budget']));
    expect(en.keys.some((key) => ['trip-book-first', 'kids-stay', 'trip-bed'].includes(key))).toBe(false);
    expect(en.keys).toContain('kids-journey');
    const ru = await firstFive(
      'travel',
      'Поехать с детьми в Турцию',
      'Путевку уже купили на июль, дочке 4, сыну 8.',
      'ru',
    );
    expect(ru.keys.some((key) => ['trip-dates-budget', 'trip-book-first', 'kids-stay'].includes(key))).toBe(false);
    const open = await firstFive(
      'travel',
      'Take the kids to Portugal',
      "We haven't booked anything yet, maybe August.",
    );
    expect(open.keys).toEqual(expect.arrayContaining(['trip-dates-budget', 'trip-book-first']));
  });

  it('gives a parent flying alone with children the papers, the airport and a person on call — no solo meet-ups or bookings already made', async () => {
    const ru = await firstFive(
      'travel',
      'Полететь одной с двумя детьми в Шарм-эль-Шейх',
      'Мужа не отпускают с работы, а путёвки на десять дней в октябре уже куплены. Детям 3 и 6, дальше дачи я одна с ними не ездила.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['kids-alone-papers', 'kids-alone-airport', 'kids-alone-backup']);
    for (const key of ['trip-dates-budget', 'trip-solo-meet', 'trip-book-first', 'kids-stay'])
      expect(ru.keys).not.toContain(key);
    expect(ru.text).not.toMatch(/хостел/);
    const en = await firstFive(
      'travel',
      'Fly alone with my two kids to Spain',
      "My husband can't come; the package holiday is already paid for. The kids are 4 and 7.",
    );
    expect(en.keys).toContain('kids-alone-papers');
    expect(en.keys).not.toContain('trip-solo-meet');
    expect(en.keys).not.toContain('trip-book-first');
    // A first trip abroad alone keeps the solo steps.
    const solo = await firstFive(
      'travel',
      'Впервые поехать одной за границу',
      'Хочу в Грузию на неделю в сентябре.',
      'ru',
    );
    expect(solo.keys).toContain('trip-solo-meet');
    // «За границу» is abroad, not a border crossing by car.
    expect(solo.keys).not.toContain('road-border');
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

describe('travel: the situation named and the steps it brings', () => {
  describe('offline coach: situations inside travel', () => {
    it('gives a first family camping trip a pitch, gear, a tent to borrow and a test pitch — no passport or hotel', async () => {
      const camping = await firstFive(
        'travel',
        'Take the kids camping for the first time',
        "They're 6 and 9 and we don't own a tent. Thinking a long weekend in the Lake District in August.",
      );
      expect(camping.keys).toEqual(expect.arrayContaining(['camp-site', 'camp-gear', 'camp-tent', 'camp-pitch']));
      expect(camping.keys).not.toContain('trip-documents');
      expect(camping.keys).not.toContain('trip-bed');
      expect(camping.text).not.toMatch(/passport|visa/i);
      const ru = await firstFive('travel', 'Поход с палатками на выходных', '', 'ru');
      expect(ru.keys).toContain('camp-pitch');
      expect(ru.text).not.toMatch(/загранпаспорт|виз[аыу]/i);
    });

    it('checks documents only for a trip abroad, and adds the passport application when there is none yet', async () => {
      const abroad = await firstFive(
        'travel',
        'first trip abroad',
        "Never left the country, I'm 24, thinking of Italy.",
      );
      expect(abroad.keys).toEqual(expect.arrayContaining(['trip-documents', 'trip-passport-renew']));
      const home = await firstFive('travel', 'Съездить в Казань на выходные', '', 'ru');
      expect(home.keys).not.toContain('trip-documents');
      expect(home.keys).not.toContain('trip-money');
      const road = await firstFive('travel', 'Road trip along the North Coast 500', 'A week in our own car.');
      expect(road.keys).toEqual(expect.arrayContaining(['road-route', 'road-car', 'road-nights']));
    });
  });

  it('gives travellers who will not drive tours and transfers, never a driving route', async () => {
    const en = await firstFive(
      'travel',
      'A week in the Scottish Highlands',
      "Flights to Inverness are booked. Neither of us drives, so we'd need buses or tours.",
    );
    expect(en.keys).toContain('trip-no-car');
    expect(en.keys).not.toContain('road-route');
    expect(en.keys).not.toContain('road-car');
  });

  it('gives parents flying to a grown-up daughter the fear of flying first and no children’s steps', async () => {
    const ru = await firstFive(
      'travel',
      'Слетать к дочери в Калининград',
      'Мне 63, ни разу не летала и боюсь и аэропорта, и самолёта. Дочь зовёт нас с мужем на майские.',
      'ru',
    );
    expect(ru.keys[0]).toBe('flight-airport');
    expect(ru.keys.some((key) => key.startsWith('kids-'))).toBe(false);
  });

  it('keeps a wheelchair trip on access steps and gives a fear of wild animals a guide, not night safety', async () => {
    const en = await firstFive(
      'travel',
      'Take my mum to Rome',
      'She uses a wheelchair; which trains and hotels are step-free?',
    );
    expect(en.keys.some((key) => key.startsWith('trip-multi-'))).toBe(false);
    expect(en.keys).toContain('access-fit');
    const ru = await firstFive('travel', 'Поехать в Карелию одной', 'Хочу в походы, но боюсь медведей.', 'ru');
    expect(ru.keys[0]).toBe('trip-wild-guide');
    expect(ru.keys).not.toContain('trip-safe-evenings');
    const city = await firstFive('travel', 'My first solo trip to Lisbon', "I'm nervous about evenings alone.");
    expect(city.keys).toContain('trip-safe-evenings');
  });

  it('compares driving with the train before any car preparation, and keeps it for a road trip', async () => {
    const en = await firstFive(
      'travel',
      'Family week in the Alps',
      'Two kids. Not sure whether to drive or take the train.',
    );
    expect(en.keys).not.toContain('road-car');
    expect(en.keys).toContain('trip-mode-compare');
    const ru = await firstFive('travel', 'Отпуск в Карелии с детьми', 'Думаем: на машине или на поезде.', 'ru');
    expect(ru.keys).not.toContain('road-car');
    const road = await firstFive('travel', 'Road trip around Scotland', 'Two weeks in our own car.');
    expect(road.keys).toContain('road-car');
  });

  it('gives a week at one base no route of stops, and a no-car trip local trains rather than airport transfers', async () => {
    const en = await firstFive(
      'travel',
      'Take the kids on the sleeper train to Cornwall',
      "They're obsessed with trains. We'd like to stay a week near St Ives, all without a car.",
    );
    expect(en.keys).not.toContain('trip-multi-route');
    expect(en.text).not.toMatch(/airport bus|guided day tours/i);
    const ru = await firstFive('travel', 'Свозить детей на море на поезде', 'Неделю у моря, без машины.', 'ru');
    expect(ru.keys).not.toContain('trip-multi-route');
    const rail = await firstFive('travel', 'Interrail through five cities this summer', 'Two weeks, trains only.');
    expect(rail.keys).toContain('trip-multi-route');
  });

  it('plans a first river trip with an outfitter and water rules, not a campsite with showers', async () => {
    const ru = await firstFive('travel', 'Сплав на байдарках по Вуоксе', 'Первый раз, снаряжения нет, нас трое.', 'ru');
    expect(ru.keys).toContain('river-outfit');
    expect(ru.keys).toContain('river-safety');
    expect(ru.keys).not.toContain('camp-site');
    const en = await firstFive('travel', 'Canoe down the Spey', 'Never paddled, two of us, in June.');
    expect(en.keys).not.toContain('camp-site');
    expect(en.keys).toContain('river-outfit');
    const camp = await firstFive('travel', 'First camping trip with the kids', 'We have no tent yet.');
    expect(camp.keys).toContain('camp-site');
  });

  it('gives a long-distance walk stages and training walks, not a timed-ticket city plan, and keeps it for a city trip', async () => {
    const en = await firstFive('travel', 'Walk the Camino with my mum', 'She is 65 and her knees complain on stairs.');
    expect(en.keys).toContain('trip-walk-stages');
    expect(en.keys).not.toContain('trip-plan-days');
    const ru = await firstFive('travel', 'Пройти Камино с подругой', 'Идём в мае, никогда не ходили так далеко.', 'ru');
    expect(ru.keys).toContain('trip-walk-stages');
    const city = await firstFive('travel', 'Four days in Rome', 'First time in Italy, flying in October.');
    expect(city.keys.some((key) => key.startsWith('trip-walk-'))).toBe(false);
  });

  it('books one base and the border papers for a drive across a border to one place', async () => {
    const ru = await firstFive(
      'travel',
      'Съездить на Иссык-Куль на машине из Алматы',
      'Хотим в конце июля на неделю, с нами двое детей. Через границу на машине никогда не ездили и не знаем, где остановиться на северном берегу.',
      'ru',
    );
    expect(ru.keys).toContain('trip-base');
    expect(ru.keys).toContain('road-border');
    expect(ru.keys).not.toContain('road-nights');
    const en = await firstFive(
      'travel',
      'Road trip along the Norwegian coast',
      'Ten days, a different town every night.',
    );
    expect(en.keys).toContain('road-nights');
  });

  it('builds a trip around an event, and plans arrival by road as well as by air', async () => {
    const en = await firstFive(
      'travel',
      'See the total solar eclipse in northern Spain in August 2026',
      'Me and two mates want to drive down from Bilbao and find somewhere with clear skies.',
    );
    expect(en.keys[0]).toBe('trip-event-when');
    expect(en.keys).not.toContain('trip-no-car');
    expect(en.keys).not.toContain('trip-plan-days');
    expect(en.text).toMatch(/eclipse glasses/);
    const ru = await firstFive(
      'travel',
      'Съездить на фестиваль в Калининград',
      'Поедем вдвоём на поезде в июле.',
      'ru',
    );
    expect(ru.keys[0]).toBe('trip-event-when');
    const control = await firstFive('travel', 'Take my mum to Cornwall for her 70th', 'We would go by train.');
    expect(control.text).not.toMatch(/from the airport or station/);
    expect(control.keys).toContain('trip-arrival');
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

  it('does not plan the way from the airport twice when nobody drives', async () => {
    const en = await firstFive(
      'travel',
      'See the Amalfi Coast without a car',
      'Neither of us drives. Ten days at the end of May, and we want Positano and Ravello.',
    );
    expect(en.keys).toContain('trip-no-car');
    expect(en.keys).not.toContain('trip-arrival');
    const ru = await firstFive(
      'travel',
      'Поехать на Амальфитанское побережье без машины',
      'Не водим, едем в мае на неделю.',
      'ru',
    );
    expect(ru.keys).toContain('trip-no-car');
    expect(ru.keys).not.toContain('trip-arrival');
    const lisbon = await firstFive('travel', 'See Lisbon in May', 'Five days, first time in Portugal.');
    expect(lisbon.keys).toContain('trip-arrival');
  });

  it('reads «одна ночь» as one night, not as travelling alone', async () => {
    const ru = await firstFive('travel', 'Съездить в Казань на выходные', 'Одна ночь в гостинице, едем с мужем.', 'ru');
    expect(ru.keys).not.toContain('trip-solo-meet');
    expect(ru.keys).not.toContain('trip-safe-evenings');
  });

  it('gives a trip with a dog a vet visit and beds that take the dog, not plain overnight stops', async () => {
    const ru = await firstFive(
      'travel',
      'Проехать Золотое кольцо на машине с собакой',
      'Отпуск две недели в сентябре. Собака — лабрадор на 40 кило, и её укачивает в машине.',
      'ru',
    );
    expect(ru.keys).toContain('dog-vet');
    expect(ru.keys).toContain('dog-stays');
    expect(ru.keys).not.toContain('road-nights');
    expect(ru.text).toMatch(/можно с животными/);
    const en = await firstFive(
      'travel',
      'Road trip to Scotland with our spaniel',
      'Two weeks in August, first long drive with him.',
    );
    expect(en.keys).toContain('dog-stays');
    expect(en.keys).not.toContain('road-nights');
    const plain = await firstFive('travel', 'Road trip to Scotland', 'Two weeks in August, first long drive.');
    expect(plain.keys).toContain('road-nights');
    expect(plain.keys.some((key) => key.startsWith('dog-'))).toBe(false);
  });

  it('takes a guide dog or a dog by train or plane through pet travel rules and carriers, never practice drives', async () => {
    const en = await firstFive(
      'travel',
      'Take my guide dog on our first holiday abroad',
      "Me and Bramble have been a team for two years, I've only taken her on UK trains. Thinking of a week in the Netherlands in September but I don't know what the rules are for bringing her back.",
    );
    expect(en.keys).toContain('dog-transit-rules');
    expect(en.keys).not.toContain('dog-car');
    expect(en.text).toMatch(/rabies/);
    const ru = await firstFive(
      'travel',
      'Поехать с собакой-поводырём в Финляндию',
      'Едем на поезде в августе на неделю.',
      'ru',
    );
    expect(ru.keys).toContain('dog-transit-carrier');
    expect(ru.keys).not.toContain('dog-car');
    const fly = await firstFive('travel', 'Fly to Spain with my dog', 'She is a small terrier, first time on a plane.');
    expect(fly.keys).not.toContain('dog-car');
    expect(fly.text).not.toMatch(/practice drives|how long the drives/);
    // A road trip with a dog keeps the car steps, with no carriers to tell.
    const road = await firstFive('travel', 'Road trip to Scotland with our dog', 'Two weeks in the car in July.');
    expect(road.keys).toContain('road-route');
    expect(road.keys.some((key) => key.startsWith('dog-transit'))).toBe(false);
  });

  it('gives a family who ride huskies no dog steps, and a trip with the family dog keeps them', async () => {
    const ru = await firstFive(
      'travel',
      'Провести новогодние каникулы в Карелии с детьми',
      'Детям 6 и 9. Хочется снега, хаски и домик с печкой. Ничего не забронировали.',
      'ru',
    );
    expect(ru.keys.some((key) => key.startsWith('dog-'))).toBe(false);
    expect(ru.keys).toContain('kids-stay');
    const en = await firstFive(
      'travel',
      'Winter trip to Lapland with the kids',
      'We want a husky safari and to see the northern lights.',
    );
    expect(en.keys.some((key) => key.startsWith('dog-'))).toBe(false);
    const dog = await firstFive(
      'travel',
      'Поехать в Карелию с нашей собакой',
      'Едем на машине, собака лабрадор.',
      'ru',
    );
    expect(dog.keys).toContain('dog-stays');
  });

  it('chooses a hut-to-hut route and its stages, then books every hut, before travel and loose days', async () => {
    const en = await firstFive(
      'travel',
      'Do a hut-to-hut hike in the Dolomites',
      "We've only done day hikes. Five or six days next July; the huts book up in January and we've no idea which route to pick.",
    );
    expect(en.keys.slice(1, 4)).toEqual(['trip-walk-route', 'trip-walk-stages', 'trip-walk-beds']);
    expect(en.keys).not.toContain('trip-bed');
    expect(en.keys).not.toContain('trip-plan-days');
    const ru = await firstFive(
      'travel',
      'Пройти по хижинам в Альпах',
      'Неделя в августе, в горах будем впервые.',
      'ru',
    );
    expect(ru.keys).toContain('trip-walk-route');
    expect(ru.keys.indexOf('trip-walk-beds')).toBeGreaterThan(ru.keys.indexOf('trip-walk-stages'));
    // A city break keeps its own path.
    const city = await firstFive('travel', 'Weekend in Rome', 'First time in Italy.');
    expect(city.keys.some((key) => key.startsWith('trip-walk-'))).toBe(false);
  });

  it('gives a visit to family abroad the family asked, a health appointment and their customs — no solo evenings or hotel', async () => {
    const en = await firstFive(
      'travel',
      "Go to my dad's village in Ghana with him",
      "Staying with my relatives for three weeks in August. I'm anxious about the food and not knowing how to behave.",
    );
    expect(en.keys).toContain('trip-fam-ask');
    expect(en.keys).toContain('trip-fam-health');
    expect(en.keys).not.toContain('trip-safe-evenings');
    expect(en.keys).not.toContain('trip-bed');
    const ru = await firstFive(
      'travel',
      'Съездить к родственникам в Армению',
      'Летом, с мамой, волнуюсь, что не пойму, как себя вести.',
      'ru',
    );
    expect(ru.keys).toContain('trip-fam-ask');
    expect(ru.keys).not.toContain('trip-safe-evenings');
    // A solo city break keeps the evening plan.
    const solo = await firstFive(
      'travel',
      'Solo weekend in Prague',
      "First time travelling alone and I'm nervous at night.",
    );
    expect(solo.keys).toContain('trip-safe-evenings');
    expect(solo.keys).not.toContain('trip-fam-ask');
  });

  it('gives a pilgrimage a group and a plan for the crowds, and no passport the application — not the expiry date', async () => {
    const ru = await firstFive(
      'travel',
      'Поехать в паломничество на Святую землю',
      'Мне 70, загранпаспорта у меня нет, боюсь заблудиться в толпе.',
      'ru',
    );
    expect(ru.keys).toContain('trip-pilg-group');
    expect(ru.keys).toContain('trip-passport-renew');
    expect(ru.keys).not.toContain('trip-documents');
    expect(ru.keys).not.toContain('trip-safe-evenings');
    expect(ru.keys).not.toContain('trip-walk-route');
    const en = await firstFive(
      'travel',
      'Make the pilgrimage to Lourdes',
      "I don't have a passport and I walk with a stick.",
    );
    expect(en.keys).toContain('trip-pilg-group');
    expect(en.keys).not.toContain('trip-documents');
    // The Camino is still a walk.
    const camino = await firstFive('travel', 'Walk the Camino Francés', 'Six weeks next spring.');
    expect(camino.keys).toContain('trip-walk-route');
    expect(camino.keys).not.toContain('trip-pilg-group');
  });

  it('gives a health condition on a road trip breakdown cover and medicines in the cabin — not hand luggage or an import permit', async () => {
    const en = await firstFive(
      'travel',
      'Tow the caravan up the coast to Cairns',
      "We're both over 70 and I have diabetes; we'll take three weeks and stop at caravan parks.",
    );
    expect(en.keys).toContain('trip-health-road-cover');
    expect(en.keys).toContain('trip-health-road-meds');
    expect(en.keys).not.toContain('trip-health-insurance');
    expect(en.keys).not.toContain('trip-health-meds');
    const ru = await firstFive(
      'travel',
      'Доехать на машине до Байкала',
      'Мне 66, у меня гипертония и диабет, за рулём поедем вдвоём с мужем.',
      'ru',
    );
    expect(ru.keys).toContain('trip-health-road-meds');
    expect(ru.text).not.toContain('ручной клади');
    // Flying keeps the travel insurance and the hand-luggage rule.
    const fly = await firstFive('travel', 'Fly to Portugal with my mum', 'She is 79 and has a heart condition.');
    expect(fly.keys).toContain('trip-health-insurance');
    expect(fly.keys).not.toContain('trip-health-road-cover');
  });

  it('reads a trip in their own car named by its make as a road trip — no flights or hotels to book', async () => {
    const ru = await firstFive(
      'travel',
      'Объехать Алтай на уазике',
      'В августе с двумя друзьями, машина моя и старенькая, денег немного.',
      'ru',
    );
    expect(ru.keys).toContain('road-route');
    expect(ru.keys).not.toContain('trip-book-first');
    const en = await firstFive(
      'travel',
      'Take the 4x4 up to Cape York',
      'Two of us, in July, our first long trip off the bitumen.',
    );
    expect(en.keys).toContain('road-route');
    expect(en.keys).not.toContain('trip-book-first');
    // A city break without a car still books the travel first.
    const city = await firstFive('travel', 'Три дня в Стамбуле', 'Летим вдвоём с подругой в мае.', 'ru');
    expect(city.keys).toContain('trip-book-first');
  });

  it('books a pilgrimage through the group that arranges it — not flights and a hotel separately', async () => {
    const ru = await firstFive(
      'travel',
      'Съездить с отцом в паломничество в Иерусалим',
      'Отцу 81, ходит медленно. Хотим на Пасху, с группой от нашего прихода.',
      'ru',
    );
    expect(ru.keys).toContain('trip-pilg-group');
    expect(ru.keys).not.toContain('trip-book-first');
    expect(ru.keys).not.toContain('trip-bed');
    const en = await firstFive(
      'travel',
      'Do umrah with my husband',
      'Our first time, in the spring, and neither of us has been to Saudi.',
    );
    expect(en.keys).toContain('trip-pilg-book');
    expect(en.keys).not.toContain('trip-book-first');
    expect(en.keys).not.toContain('trip-bed');
    // A holiday that is no pilgrimage still books its bed.
    const beach = await firstFive('travel', 'A week in Crete', "We haven't booked anything yet.");
    expect(beach.keys).not.toContain('trip-pilg-book');
  });

  it('reads a grandchild in any case as a trip with a child, and plans for losing them in a crowd — not solo evenings', async () => {
    const ru = await tap(
      'travel',
      'Свозить внука в Петербург на осенних каникулах',
      'Мне 66, внуку десять, мы с ним вдвоём никогда никуда не ездили. Едем поездом, и я очень боюсь потерять его в толпе.',
      'ru',
    );
    expect(ru.keys).toContain('trip-kids-lost');
    expect(ru.keys).not.toContain('trip-safe-evenings');
    const withKids = await tap('travel', 'Свозить внука в Петербург', 'Внуку десять, поедем поездом на неделю.', 'ru', [
      'Поездка с детьми',
    ]);
    expect(withKids.keys.some((key) => key.startsWith('kids-'))).toBe(true);
    const en = await tap(
      'travel',
      'Take my grandson to London for the first time',
      "He's nine. I'm scared of losing him in the crowds on the Underground.",
    );
    expect(en.keys).toContain('trip-kids-lost');
    expect(en.keys).not.toContain('trip-safe-evenings');
    // A woman nervous about travelling alone keeps the evening safety plan.
    const solo = await tap('travel', 'Go to Lisbon on my own', "I'm nervous about being alone in the evenings.");
    expect(solo.keys).toContain('trip-safe-evenings');
    expect(solo.keys).not.toContain('trip-kids-lost');
  });

  it('books the flight and the bed before a first-day activity on a solo trip', async () => {
    const en = await tap(
      'travel',
      'go somewhere abroad on my own for the first time',
      "I'm 42 and I always travelled with my ex.",
      'en',
      ['A trip abroad'],
    );
    expect(en.keys).toContain('trip-book-first');
    expect(en.keys.indexOf('trip-solo-meet')).toBeGreaterThan(en.keys.indexOf('trip-book-first'));
    const ru = await tap(
      'travel',
      'Впервые поехать за границу одной',
      'Мне 40, всегда ездила с мужем, теперь хочу сама.',
      'ru',
      ['Поездка за границу'],
    );
    const soloRu = ru.keys.indexOf('trip-solo-meet');
    if (soloRu >= 0) expect(soloRu).toBeGreaterThan(ru.keys.indexOf('trip-book-first'));
  });

  it('plans dinners alone for someone who fears eating alone, instead of the safety plan', async () => {
    const en = await tap(
      'travel',
      'First holiday on my own since the divorce',
      "I'm 56 and we always went wherever he wanted. One week in late September, somewhere warm, about £1,200. What scares me most is eating alone in restaurants in the evening.",
      'en',
      ['Not sure'],
    );
    expect(en.keys).toContain('trip-solo-dining');
    expect(en.keys).not.toContain('trip-safe-evenings');
    const ru = await tap(
      'travel',
      'Съездить в отпуск одной',
      'Неделя в Турции в сентябре. Больше всего боюсь ужинать одной в ресторане.',
      'ru',
      ['Поездка за границу'],
    );
    expect(ru.keys).toContain('trip-solo-dining');
    // A solo traveller who fears nothing about dinners keeps the evening safety plan.
    const near = await tap(
      'travel',
      'go somewhere abroad on my own for the first time',
      "I'm 42 and I always travelled with my ex.",
      'en',
      ['A trip abroad'],
    );
    expect(near.keys).toContain('trip-safe-evenings');
    expect(near.keys).not.toContain('trip-solo-dining');
  });

  it('gives a northern-lights trip its nights and the frost, not an eclipse page and glasses', async () => {
    const ru = await tap(
      'travel',
      'Съездить в Териберку на северное сияние',
      'Хотим с подругой в феврале, обе из Самары, на Севере ни разу не были. Бюджет тысяч 60 на каждую. Боюсь мороза и того, что проедем через полстраны и ничего не увидим.',
      'ru',
      ['Поездка ради'],
    );
    expect(ru.keys[0]).toBe('trip-aurora-when');
    expect(ru.keys).toContain('trip-aurora-cold');
    expect(ru.keys).not.toContain('trip-event-when');
    expect(ru.keys).not.toContain('trip-event-day');
    const en = await tap(
      'travel',
      'See the northern lights in Tromsø',
      'Four nights in January with my husband.',
      'en',
      ['A trip built'],
    );
    expect(en.keys[0]).toBe('trip-aurora-when');
    // An eclipse keeps its official page and its glasses.
    const near = await tap(
      'travel',
      'Travel to see the total eclipse in Spain',
      'August 2026, with my brother.',
      'en',
      ['A trip built'],
    );
    expect(near.keys[0]).toBe('trip-event-when');
    expect(near.keys).not.toContain('trip-aurora-when');
  });

  it('starts the passports when a couple has none yet — no "check your passport’s expiry date"', async () => {
    const en = await tap(
      'travel',
      'Take my wife to Zanzibar for our 25th anniversary',
      "I'm 51, a secondary school teacher in Nakuru, and my wife and I have never been on a plane or outside Kenya. Our anniversary is in December, in the school holidays. I have about 120,000 shillings saved. She gets seasick, so I want to fly, and we don't have passports yet.",
      'en',
      ['A trip abroad'],
    );
    expect(en.keys).toContain('trip-passport-renew');
    expect(en.keys).not.toContain('trip-documents');
    const ru = await tap(
      'travel',
      'Свозить жену в Турцию на годовщину свадьбы',
      'Летим в сентябре, загранпаспортов пока нет ни у меня, ни у жены.',
      'ru',
      ['Поездка за границу'],
    );
    expect(ru.keys).toContain('trip-passport-renew');
    expect(ru.keys).not.toContain('trip-documents');
    // Passports in hand: the expiry and entry rules are checked.
    const italy = await tap(
      'travel',
      'A week in Italy in June',
      'Our passports are fine, we go abroad every year.',
      'en',
      ['A trip abroad'],
    );
    expect(italy.keys).toContain('trip-documents');
    expect(italy.keys).not.toContain('trip-passport-renew');
  });

  it('keeps travel insurance and the import permit for medicines to trips abroad', async () => {
    const en = await tap(
      'travel',
      'Take my parents to Mombasa on the train for their 40th anniversary',
      "They've never seen the coast. Dad is 68 with a bad hip and Mum is diabetic. I live in Nairobi. I want it simple: the SGR, a clean place near the beach.",
      'en',
      ['Travel'],
    );
    expect(en.keys).toContain('trip-health-meds-home');
    expect(en.keys).not.toContain('trip-health-insurance');
    expect(en.keys).not.toContain('trip-health-meds');
    expect(en.text).not.toContain('permit');
    const ru = await firstFive(
      'travel',
      'Свозить маму на поезде в Кисловодск',
      'Маме 72, у неё диабет, живём в Ростове, хочу на неделю в санаторий.',
      'ru',
    );
    expect(ru.keys).toContain('trip-health-meds-home');
    expect(ru.keys).not.toContain('trip-health-insurance');
    expect(ru.text).toContain('термочехле');
    // A flight abroad keeps the insurance and the medicines' import rules.
    const fly = await firstFive('travel', 'Fly to Portugal with my mum', 'She is 79 and has a heart condition.');
    expect(fly.keys).toContain('trip-health-insurance');
    expect(fly.keys).not.toContain('trip-health-meds-home');
  });

  it("has a parent visiting a grown-up child ask where to sleep — no hotel booked, no solo traveller's evenings", async () => {
    const ru = await firstFive(
      'travel',
      'Съездить к сыну в Корею, первый раз за границу',
      'Мне 58, живу в Ташкенте. Сын четвёртый год работает в Ансане на заводе, зовёт в гости на месяц. Я на самолёте не летала, корейского не знаю. Виза, перелёт, пересадка, в аэропорту как быть — всё страшно.',
      'ru',
    );
    expect(ru.keys).toContain('trip-fam-ask');
    expect(ru.keys).not.toContain('trip-safe-evenings');
    expect(ru.keys).not.toContain('trip-bed');
    // «на самолёте не летала» is a first flight.
    const tapped = await tap(
      'travel',
      'Съездить к сыну в Корею, первый раз за границу',
      'Сын зовёт в гости на месяц. Я на самолёте не летала, в аэропорту как быть — всё страшно.',
      'ru',
      ['Первый в жизни полёт'],
    );
    expect(tapped.keys.some((key) => key.startsWith('flight-'))).toBe(true);
    expect(tapped.keys).not.toContain('trip-safe-evenings');
    const en = await firstFive(
      'travel',
      'Visit my son in Canada',
      "I'm 61, my son lives in Toronto and invited me for three weeks. I'm nervous about the trip.",
    );
    expect(en.keys).not.toContain('trip-safe-evenings');
    expect(en.keys).not.toContain('trip-bed');
    // Travelling alone with nerves keeps the evening plan.
    const solo = await tap(
      'travel',
      'Travel alone to Italy for the first time',
      "I'm nervous about being on my own in the evenings.",
      'en',
      ['A trip abroad'],
    );
    expect(solo.keys).toContain('trip-safe-evenings');
    expect(solo.keys).not.toContain('trip-fam-ask');
  });

  it('walks a tent trek from camp to camp — route, registration, no campsite with showers or city evenings', async () => {
    const ru = await tap(
      'travel',
      'Сходить с дочкой в поход на Алтай',
      'Дочке 14, я в горах не была лет двадцать. Хотим дней на шесть с палаткой, боюсь, что там медведи и дожди.',
      'ru',
      ['Поход или кемпинг'],
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['trip-trek-route', 'trip-trek-register']));
    expect(ru.keys).not.toContain('camp-site');
    expect(ru.keys).not.toContain('trip-safe-evenings');
    const en = await tap(
      'travel',
      'First backpacking trip in the mountains with two friends',
      "Three nights carrying our tent on the trail. None of us has done it and I'm nervous about bears.",
      'en',
      ['Camping in a tent'],
    );
    expect(en.keys).toEqual(expect.arrayContaining(['trip-trek-route', 'trip-trek-register']));
    expect(en.keys).not.toContain('camp-site');
    expect(en.keys).not.toContain('trip-safe-evenings');
    // A family at a campsite by car keeps the campsite with showers.
    const site = await tap(
      'travel',
      'Take the kids to a campsite by the lake',
      "We'll go by car for the weekend and we've never camped.",
      'en',
      ['Camping in a tent'],
    );
    expect(site.keys).toContain('camp-site');
    expect(site.keys).not.toContain('trip-trek-route');
  });

  it('arranges dialysis at the destination first, and gives one insurance step, not two', async () => {
    const en = await tap(
      'travel',
      'Take my dad to Crete for his 70th',
      'He has haemodialysis three times a week at our local unit, and I have no idea how it works abroad.',
      'en',
      ['A trip abroad'],
    );
    expect(en.keys[0]).toBe('trip-treat-arrange');
    expect(en.keys).not.toContain('trip-insurance');
    expect(en.text).toContain('holiday coordinator');
    const ru = await firstFive(
      'travel',
      'Свозить маму на море в Турцию',
      'Маме 66, она на гемодиализе три раза в неделю, а без него нельзя и недели.',
      'ru',
    );
    expect(ru.keys).toContain('trip-treat-arrange');
    expect(ru.keys).not.toContain('trip-insurance');
    // A healthy traveller abroad keeps the ordinary insurance step.
    const plain = await tap(
      'travel',
      'A week in Crete in June',
      "We've booked the flights and the hotel already.",
      'en',
      ['A trip abroad'],
    );
    expect(plain.keys).not.toContain('trip-treat-arrange');
    expect(plain.keys).toContain('trip-insurance');
  });

  it('plans a drive done in one day without overnight stops; a long road trip keeps them', async () => {
    const en = await tap(
      'travel',
      'Drive to my sister in Cornwall for Christmas',
      "It's a 6-hour drive with the two little ones.",
      'en',
      ['A road trip by car'],
    );
    expect(en.keys).toContain('road-day-plan');
    expect(en.keys).not.toContain('road-nights');
    expect(en.keys).not.toContain('road-route');
    const ru = await tap(
      'travel',
      'Съездить к родителям в Казань на машине',
      'Около шести часов езды, едем одним днём.',
      'ru',
      ['Путешествие на машине'],
    );
    expect(ru.keys).toContain('road-day-plan');
    expect(ru.keys).not.toContain('road-nights');
    const long = await tap(
      'travel',
      'Road trip along the coast of Norway',
      'Two weeks in our own car, we want to see the fjords.',
      'en',
      ['A road trip by car'],
    );
    expect(long.keys).toContain('road-nights');
    expect(long.keys).not.toContain('road-day-plan');
  });

  it('sorts out a passport stolen abroad — police, consulate, cards, airline — instead of planning a trip', async () => {
    const en = await firstFive(
      'travel',
      'Get home after my passport was stolen in Rome',
      'My bag was taken on the metro and I fly back on Sunday.',
    );
    expect(en.keys).toEqual(LOST);
    const ru = await firstFive(
      'travel',
      'Вернуться домой из Стамбула',
      'Вчера украли паспорт вместе с кошельком, вылет через четыре дня.',
      'ru',
    );
    expect(ru.keys).toEqual(LOST);
    // A passport still to renew before a trip keeps the renewal step.
    const renew = await firstFive('travel', 'Trip to Japan next spring', 'I need to renew my passport first.');
    expect(renew.keys).toContain('trip-passport-renew');
    expect(renew.keys).not.toContain('trip-lost-police');
  });

  it('takes children to stay with family by train — the stay agreed and the carriage planned, no family room or airport', async () => {
    const ru = await tap(
      'travel',
      'Отвезти двоих детей к бабушке в Самару на лето',
      'Поедем поездом двое суток, муж останется работать. Детям 5 и 9 лет.',
      'ru',
      ['Поездка с детьми'],
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['kids-alone-train', 'kids-host']));
    for (const key of ['kids-stay', 'kids-days', 'kids-alone-airport', 'trip-bed']) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'travel',
      'Take the kids up to Inverness for the summer holidays',
      "We'll be staying with my parents for five weeks. We go by sleeper train and my husband is staying home to work.",
      'en',
      ['Travelling with children'],
    );
    expect(en.keys).toEqual(expect.arrayContaining(['kids-alone-train', 'kids-host']));
    expect(en.keys).not.toContain('kids-stay');
    expect(en.keys).not.toContain('kids-alone-airport');
    // A family holiday in a hotel abroad keeps the family room and, flying alone with the children, the airport.
    const crete = await tap(
      'travel',
      'A week in Crete with the kids',
      "I'm flying alone with my two, my husband can't get time off.",
      'en',
      ['Travelling with children'],
    );
    expect(crete.keys).toContain('kids-alone-airport');
    expect(crete.keys).not.toContain('kids-host');
    const hotel = await tap('travel', 'Take the kids to the seaside', 'Two nights by the sea in August.', 'en', [
      'Travelling with children',
    ]);
    expect(hotel.keys).toContain('kids-stay');
  });

  it('words the doctor step for a traveller who goes alone as well as for one taken along', async () => {
    const ru = await tap(
      'travel',
      'Съездить одной в Грузию',
      'Мне 63, у меня гипертония, пью таблетки от давления. Хочу в мае.',
      'ru',
      ['Поездка за границу'],
    );
    expect(ru.keys).toContain('trip-health-doctor');
    expect(ru.text).not.toContain('можно ли ему');
    expect(ru.text).toContain('своему или того, кто едет');
    const en = await tap(
      'travel',
      'Take my dad to Portugal',
      'He has a heart condition and takes blood thinners.',
      'en',
      ['A trip abroad'],
    );
    expect(en.keys).toContain('trip-health-doctor');
  });

  it('takes a high-altitude trek to the doctor first, then slow itineraries, cover and the signs — no camping route', async () => {
    const en = await tap(
      'travel',
      'Climb Kilimanjaro with my daughter',
      "I'm 58 and on blood thinners after a DVT. We like the look of the Machame route next year.",
      'en',
      ['Travel'],
    );
    expect(en.keys.slice(0, 4)).toEqual(['trip-alt-doctor', 'trip-alt-pace', 'trip-alt-insure', 'trip-alt-signs']);
    for (const key of ['trip-trek-route', 'trip-wild-guide']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'travel',
      'Дойти до базового лагеря Эвереста',
      'Мне 50, гипертония, пью таблетки каждый день, хочу пойти с группой осенью.',
      'ru',
      ['Путешествие'],
    );
    expect(ru.keys[0]).toBe('trip-alt-doctor');
    expect(ru.keys).toContain('trip-alt-pace');
    expect(ru.keys).not.toContain('trip-trek-route');
    // A tent hike in the hills keeps the trek's route and registration.
    const near = await tap(
      'travel',
      'Hike across the Lake District with my brother',
      'Three days of wild camping, carrying our tents.',
      'en',
      [],
    );
    expect(near.keys).toContain('trip-trek-route');
    expect(near.keys.some((key) => key.startsWith('trip-alt'))).toBe(false);
  });

  it('books a sanatorium through the doctor and its treatment — no tickets first, no bed with free cancellation', async () => {
    const BOOKING = ['trip-book-first', 'trip-bed', 'trip-plan-days'];
    const en = await tap(
      'travel',
      'Take my dad to a health resort for his heart',
      'He had a heart attack in spring; the cardiologist says a treatment stay would help.',
      'en',
      ['None'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['trip-san-doctor', 'trip-san-choose', 'trip-san-book']);
    for (const key of BOOKING) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'travel',
      'Поехать в санаторий на Кавказских Минеральных Водах',
      'Суставы болят, врач советует грязи.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('trip-san-doctor');
    for (const key of BOOKING) expect(ru.keys).not.toContain(key);
    // A spa hotel for a weekend is an ordinary trip.
    const near = await tap('travel', 'Weekend at a spa hotel in Bath', 'Just the two of us, a treat.', 'en', ['None']);
    expect(withPrefix(near.keys, 'trip-san')).toEqual([]);
    expect(near.keys).toContain('trip-bed');
  });

  it('plans a cruise by the ship and its cabin — no separate bed, no timed tickets', async () => {
    const en = await tap(
      'travel',
      'Book a Norwegian fjords cruise for our anniversary',
      'My husband struggles with stairs.',
      'en',
      ['None'],
    );
    expect(en.keys).toContain('trip-cruise-pick');
    expect(en.keys).toContain('trip-cruise-cabin');
    for (const key of ['trip-book-first', 'trip-bed', 'trip-plan-days']) expect(en.keys).not.toContain(key);
    const ru = await tap('travel', 'Прокатиться на теплоходе по Енисею', 'С мужем, в июле, неделю.', 'ru', ['Ничего']);
    expect(ru.keys).toContain('trip-cruise-pick');
    expect(ru.keys).not.toContain('trip-bed');
    // A weekend by train keeps the ordinary bookings.
    const near = await tap('travel', 'Weekend in Prague by train', 'Just the two of us.', 'en', ['None']);
    expect(withPrefix(near.keys, 'trip-cruise')).toEqual([]);
  });

  it('checks the licence and insurance before a motorbike trip — no hiking route or mountain-rescue registration', async () => {
    const en = await tap(
      'travel',
      'Ride a scooter around Bali for two weeks',
      'Never ridden anything with an engine.',
      'en',
      ['None'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['trip-moto-licence', 'trip-moto-rider']);
    const ru = await tap(
      'travel',
      'Проехать на мотоцикле по Грузии',
      'Права категории A получил в прошлом году.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('trip-moto-licence');
    const loop = await tap(
      'travel',
      'Motorbike through the mountains of northern Thailand',
      "I'm backpacking for three months; I've ridden a moped once.",
      'en',
      ['None'],
    );
    expect(loop.keys[0]).toBe('trip-moto-licence');
    for (const key of ['trip-trek-route', 'trip-trek-register']) expect(loop.keys).not.toContain(key);
    // A mobility scooter is no motorbike, and backpacking without one keeps its path.
    const mobility = await tap('travel', 'Take Mum to Bali', 'She uses a mobility scooter.', 'en', ['None']);
    expect(withPrefix(mobility.keys, 'trip-moto')).toEqual([]);
    const near = await tap('travel', 'Backpacking in Vietnam for a month', 'Hostels and buses.', 'en', ['None']);
    expect(withPrefix(near.keys, 'trip-moto')).toEqual([]);
  });

  it('puts the doctor and the operator first for a cruise with a health condition', async () => {
    const en = await tap(
      'travel',
      'Take a river cruise on the Rhine',
      "I'm 74 and use an oxygen concentrator at night; my daughter will come with me in September.",
      'en',
    );
    expect(en.keys.indexOf('trip-cruise-health')).toBeGreaterThanOrEqual(0);
    expect(en.keys.indexOf('trip-cruise-health')).toBeLessThan(en.keys.indexOf('trip-cruise-pick'));
    const ru = await tap(
      'travel',
      'Круиз по Волге с мамой',
      'Маме 70, у неё диабет, колет инсулин. Хотим в июле.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toContain('trip-cruise-health');
    // A cruise with no health condition starts with the cruise itself.
    const near = await tap('travel', 'Go on a Norwegian fjords cruise', "It's our 30th anniversary in June.", 'en');
    expect(near.keys).not.toContain('trip-cruise-health');
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

  it('books the travel clinic for everyone, children too, when malaria or yellow fever is named', async () => {
    const en = await tap(
      'travel',
      'Take the kids to meet their grandparents in Ghana',
      "First time for them, they're 5 and 7; we fly on 2 August and the nurse mentioned antimalarials.",
      'en',
      ['Travelling with children'],
    );
    expect(en.keys[0]).toBe('trip-malaria');
    const ru = await tap(
      'travel',
      'Повезти детей к маме в Танзанию',
      'Дети ещё не видели бабушку, вылетаем в июле, врач говорил про малярию.',
      'ru',
      ['Поездка с детьми'],
    );
    expect(ru.keys[0]).toBe('trip-malaria');
    expect(ru.text).toMatch(/по возрасту и весу/);
    // A beach holiday in Spain names no such disease.
    const near = await tap(
      'travel',
      'Family holiday in Spain with the kids',
      'Two kids, first time abroad, nothing booked yet.',
      'en',
      ['Travelling with children'],
    );
    expect(near.keys).not.toContain('trip-malaria');
  });

  it('takes the children home to family with flights set: the stay agreed with the hosts — no family room, booking or price alert', async () => {
    const en = await tap(
      'travel',
      'Take the kids home to see my mum in Poland',
      "They've never met their grandma; we fly on 3 July.",
      'en',
      ['Travelling with children'],
    );
    expect(en.keys).toContain('kids-host');
    for (const key of ['kids-stay', 'kids-days', 'trip-book-first', 'trip-price-alert', 'trip-dates-budget'])
      expect(en.keys).not.toContain(key);
    const ru = await tap(
      'travel',
      'Свозить детей к маме в Ташкент',
      'Дети ещё не видели бабушку, вылетаем пятого августа.',
      'ru',
      ['Поездка с детьми'],
    );
    expect(ru.keys).toContain('kids-host');
    expect(ru.keys).not.toContain('kids-stay');
    expect(ru.keys).not.toContain('trip-book-first');
    // A holiday with nothing booked keeps the family room and the booking.
    const near = await tap(
      'travel',
      'Family holiday in Spain with the kids',
      'Two kids, first time abroad, nothing booked yet.',
      'en',
      ['Travelling with children'],
    );
    expect(near.keys).toContain('kids-stay');
    expect(near.keys).toContain('trip-book-first');
    expect(near.keys).not.toContain('kids-host');
  });

  it('gets tickets for a ticketed event first and drops the sky-watcher’s spot and day plan', async () => {
    const en = await tap(
      'travel',
      'See the Champions League final in Budapest with my dad',
      "We've never been to a final; no idea how the tickets work.",
      'en',
      ['A trip built around'],
    );
    expect(en.keys).toContain('trip-event-tickets');
    expect(en.keys).not.toContain('trip-event-spot');
    expect(en.keys).not.toContain('trip-event-day');
    const ru = await tap(
      'travel',
      'Съездить на концерт любимой группы в Стамбул',
      'Концерт в октябре, билеты ещё не продаются, поедем вдвоём с подругой.',
      'ru',
      ['Поездка ради события'],
    );
    expect(ru.keys).toContain('trip-event-tickets');
    expect(ru.keys).not.toContain('trip-event-spot');
    // An eclipse keeps the viewing spot and the day's plan.
    const near = await tap('travel', 'See the total eclipse in Spain', 'August, with my partner.', 'en', [
      'A trip built around',
    ]);
    expect(near.keys).toContain('trip-event-spot');
    expect(near.keys).not.toContain('trip-event-tickets');
  });

  it('gives a grandparent alone with the grandchildren on a train their papers and the carriage — no passports or airport', async () => {
    const ru = await tap(
      'travel',
      'Свозить внуков на море поездом',
      'Внукам 7 и 10, поеду одна с ними в Анапу, родители работают.',
      'ru',
    );
    expect(ru.keys).toContain('kids-grand-papers');
    expect(ru.keys).toContain('kids-alone-train');
    expect(ru.keys).not.toContain('kids-alone-papers');
    expect(ru.keys).not.toContain('kids-alone-airport');
    const en = await tap(
      'travel',
      'Take the grandkids on the Welsh Highland Railway',
      "I'll be on my own with the grandchildren, 6 and 9, for a week in August.",
      'en',
    );
    expect(en.keys).toContain('kids-alone-train');
    expect(en.keys).not.toContain('kids-alone-airport');
    // A parent flying alone with the children keeps the parent's papers and the airport.
    const near = await tap(
      'travel',
      'Fly alone with my two kids to Spain',
      "My husband can't come; the kids are 4 and 7.",
      'en',
    );
    expect(near.keys).toContain('kids-alone-papers');
    expect(near.keys).toContain('kids-alone-airport');
    expect(near.keys).not.toContain('kids-grand-papers');
  });

  it('reads «страховка» as no fear: friends driving abroad get no lone traveller’s evening plan', async () => {
    const ru = await tap(
      'travel',
      'Съездить на машине в Грузию',
      'Едем втроём с друзьями на моей машине, не знаем, какая страховка нужна на границе.',
      'ru',
      ['Путешествие на машине'],
    );
    expect(ru.keys).not.toContain('trip-safe-evenings');
    const reader = createSlotReader(pack.slots);
    expect(reader.read('Съездить в Грузию', ['Какую страховку брать?']).values.fear).toBeUndefined();
    expect(reader.read('Съездить в Грузию', ['Страх перед дорогой.']).values.fear?.id).toBe('nerves');
  });

  it('plans insulin for a trip, and an airport fear instead of solo evenings, with a package trip unbooked twice', async () => {
    const umrah = await tap(
      'travel',
      'Take my mother for Umrah in December',
      "My mother is 68 and diabetic. I don't know whether to go through an agent, and how to manage her walking and her insulin over there.",
      'en',
      ['Just starting'],
    );
    expect(umrah.keys).toContain('trip-insulin');
    expect(umrah.keys.filter((key) => key.startsWith('skill-care'))).toEqual([]);
    const ru = await tap(
      'travel',
      'Первый раз за границу на годовщину свадьбы',
      'Нам с женой по 60, за границей никогда не были, загранпаспорта ещё нет. Дети скинулись на путёвку в Турцию. Боюсь аэропортов, пересадок и что там без языка.',
      'ru',
      ['Нужно оформить паспорт или визу'],
    );
    expect(ru.keys).toContain('trip-airport-walk');
    expect(ru.keys).not.toContain('trip-safe-evenings');
    expect(ru.keys).not.toContain('trip-book-first');
    expect(ru.keys).not.toContain('trip-bed');
    const en = await tap(
      'travel',
      'Our first holiday abroad',
      "The kids paid for a package to Crete. We've never flown and I'm scared of airports and changing planes.",
      'en',
    );
    expect(en.keys).toContain('trip-airport-walk');
    expect(en.keys).not.toContain('trip-book-first');
  });

  it('books hidden-disability help and a picture story for an autistic child, not a phrase card', async () => {
    const en = await tap(
      'travel',
      'Take my son on his first flight',
      "We're planning Lanzarote in the October holidays with our 8-year-old, who's autistic and hates queues, noise and anything unexpected. He's never been on a plane.",
    );
    expect(en.keys).toContain('trip-sensory-assist');
    expect(en.keys).toContain('trip-sensory-story');
    expect(en.keys).not.toContain('trip-airport-help');
    const ru = await tap(
      'travel',
      'Первый полёт с дочкой',
      'Летим в Сочи, дочке 6, у неё аутизм, шум и очереди даются очень тяжело. На самолёте никогда не летали.',
      'ru',
    );
    expect(ru.keys).toContain('trip-sensory-assist');
    expect(ru.keys).not.toContain('trip-airport-help');
    const near = await tap(
      'travel',
      'Take my son on his first flight',
      "We're flying to Lanzarote in October with our 8-year-old. He's never been on a plane.",
    );
    expect(near.keys).not.toContain('trip-sensory-assist');
  });

  it('plans insulin once, with the other medicines, not again in a general medicines step', async () => {
    const ru = await tap(
      'travel',
      'Свозить маму на Байкал',
      'Маме 74, она плохо ходит на большие расстояния и сидит на инсулине, его надо как-то везти по жаре. Хотим в августе на неделю.',
      'ru',
      ['Коляска'],
    );
    expect(ru.keys).toContain('trip-insulin');
    expect(ru.keys).not.toContain('trip-health-meds-home');
    const en = await tap(
      'travel',
      'Take dad to the Highlands',
      'Dad is 80, diabetic and on insulin, and we want a week by a loch in July.',
    );
    expect(en.keys).not.toContain('trip-health-meds-home');
    // Tablets with no insulin keep the medicines step.
    const near = await tap(
      'travel',
      'Take dad to the Highlands',
      'Dad is 80 and has a heart condition with tablets every day; we want a week by a loch in July.',
    );
    expect(near.keys).toContain('trip-health-meds-home');
  });

  it('walks through a transit first when the person does not know how it works, and checks the transit country', async () => {
    const en = await tap(
      'travel',
      'Fly to Toronto to see my sister for her 70th',
      "I'm 60 and live in Linden. Her birthday is in August. I don't know how the transit in New York works or what to pack.",
      'en',
      ['A trip abroad'],
    );
    expect(en.keys.slice(0, 3)).toContain('trip-airport-walk');
    expect(en.texts[en.keys.indexOf('trip-documents')]).toMatch(/change planes in/);
    const ru = await tap(
      'travel',
      'Слетать к брату в Канаду',
      'Лечу с пересадкой во Франкфурте. Не понимаю, как проходит пересадка и нужна ли там виза.',
      'ru',
      ['Поездка за границу'],
    );
    expect(ru.keys).toContain('trip-airport-walk');
    const near = await tap(
      'travel',
      'Fly to Toronto to see my sister',
      'I fly a lot for work; her birthday is in August.',
      'en',
      ['A trip abroad'],
    );
    expect(near.keys).not.toContain('trip-airport-walk');
  });

  it('gives a traveller with a cane the access steps, not the evening-safety plan', async () => {
    const en = await tap(
      'travel',
      'Two weeks in Portugal on my own',
      "I'm 70 and walk with a cane; I'm nervous about stairs and carrying my case.",
      'en',
      ['A trip abroad'],
    );
    expect(en.keys).not.toContain('trip-safe-evenings');
    const near = await tap(
      'travel',
      'Two weeks in Portugal on my own',
      "I'm 30 and nervous about evenings out alone.",
      'en',
      ['A trip abroad'],
    );
    expect(near.keys).toContain('trip-safe-evenings');
  });

  it('plans a high-altitude trip driven in one’s own car by nights and roads — a trek keeps the trekking steps', async () => {
    const en = await tap(
      'travel',
      'Drive the Karakoram Highway',
      'Self-drive in my own 4x4 with my brother in September; the Khunjerab pass is above 4,000 m and I get headaches at altitude.',
      'en',
    );
    expect(withPrefix(en.keys, 'alt-drive')).toEqual(['alt-drive-pace', 'alt-drive-insure', 'alt-drive-road']);
    expect(en.keys).not.toContain('trip-alt-train');
    expect(en.keys).not.toContain('trip-alt-pace');
    const ru = await tap(
      'travel',
      'Поехать в Тибет на машине',
      'Хочу на своём внедорожнике с женой в августе, высота там за 4000 метров, по горам за рулём почти не ездил.',
      'ru',
    );
    expect(withPrefix(ru.keys, 'alt-drive')).toEqual(['alt-drive-pace', 'alt-drive-insure', 'alt-drive-road']);
    expect(ru.keys).not.toContain('trip-alt-train');
    // Near miss: a trek to base camp keeps the trekking steps.
    const trek = await tap('travel', 'Trek to Everest base camp', 'Two weeks in October, I walk a lot at home.', 'en');
    expect(trek.keys).toContain('trip-alt-pace');
    expect(withPrefix(trek.keys, 'alt-drive')).toEqual([]);
  });

  it('gives a paddler’s own sea or coastal trip a self-rescue, a plan left at home and a route — a first river trip keeps the outfitter', async () => {
    const en = await tap(
      'travel',
      'Three days of sea kayaking around the islands',
      "I've paddled my own kayak for years on the lake; this time I'll go along the coast and camp two nights.",
      'en',
      ['A kayak, canoe or rafting trip'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['sea-rescue', 'sea-plan']);
    expect(withPrefix(en.keys, 'river-')).toEqual([]);
    const ru = await tap(
      'travel',
      'Поход на морском каяке вдоль побережья',
      'Хожу на каяке пять лет, хочу три дня одна по морю с ночёвками на берегу.',
      'ru',
      ['Сплав на байдарках или рафтах'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['sea-rescue', 'sea-plan']);
    expect(withPrefix(ru.keys, 'river-')).toEqual([]);
    // Near misses: a first canoe trip on a river, and a first guided sea kayak tour, keep the outfitter's steps.
    const river = await tap(
      'travel',
      'Canoe trip on the Wye',
      'Three days with two friends, none of us has paddled before.',
      'en',
      ['A kayak, canoe or rafting trip'],
    );
    expect(river.keys).toContain('river-outfit');
    expect(withPrefix(river.keys, 'sea-')).toEqual([]);
    const guided = await tap(
      'travel',
      'Sea kayaking in Croatia',
      'A guided tour for a week in June, complete beginner.',
      'en',
      ['A kayak, canoe or rafting trip'],
    );
    expect(guided.keys).toContain('river-outfit');
    expect(withPrefix(guided.keys, 'sea-')).toEqual([]);
  });

  it('books the journey to a walk’s start after its stages and beds, not “what sells out first”', async () => {
    const en = await tap(
      'travel',
      'walk the West Highland Way',
      'Three weeks in September with my husband; nothing booked yet.',
      'en',
      ['A long-distance walk'],
    );
    expect(en.keys).toContain('trip-walk-travel');
    expect(en.keys).not.toContain('trip-book-first');
    expect(en.keys.indexOf('trip-walk-travel')).toBeGreaterThan(en.keys.indexOf('trip-walk-beds'));
    const ru = await tap(
      'travel',
      'пройти пешком Путь святого Иакова',
      'Две недели в октябре, вдвоём с подругой, ещё ничего не бронировали.',
      'ru',
      ['Многодневный пеший маршрут'],
    );
    expect(ru.keys).toContain('trip-walk-stages');
    expect(ru.keys).not.toContain('trip-book-first');
    const near = await tap('travel', 'a week in Lisbon', 'Flying with a friend in May, nothing booked yet.', 'en', [
      'None',
    ]);
    expect(near.keys).not.toContain('trip-walk-travel');
  });

  it('gives a weekend abroad the ordinary trip path, not the car-trip one night with parking', async () => {
    const en = await tap(
      'travel',
      'weekend in Prague with my sister',
      'Cheap flights from Manchester in March, three nights, we have never been to Prague.',
      'en',
      ['Just starting'],
    );
    expect(en.keys).not.toContain('trip-short-night');
    expect(en.keys).not.toContain('trip-short-bag');
    expect(en.keys).toContain('trip-bed');
    const ru = await tap(
      'travel',
      'Слетать на выходные в Ереван',
      'Хочу с подругой в октябре, билеты из Самары недорогие, дня на три.',
      'ru',
      ['Ничего из этого'],
    );
    expect(ru.keys).not.toContain('trip-short-night');
    expect(ru.keys).not.toContain('trip-short-journey');
    // A weekend at home, by car: the short trip stays.
    const near = await tap(
      'travel',
      'weekend away in the Lake District',
      "It's two hours' drive from us, we'd stay one night.",
      'en',
      ['Just starting'],
    );
    expect(near.keys).toContain('trip-short-night');
  });

  it('reads a package tour given as a present as booked, the airport walked through, and no car border papers', async () => {
    const ru = await tap(
      'travel',
      'впервые поехать за границу с женой, в Египет',
      'Сын дарит нам путёвку на юбилей, а мы ни разу на самолёте не были и не знаем, что делать в аэропорту. Загранпаспортов нет.',
      'ru',
      ['Нужно оформить паспорт или визу'],
    );
    expect(ru.keys).not.toContain('road-border');
    expect(ru.keys).not.toContain('trip-book-first');
    expect(ru.keys).not.toContain('trip-bed');
    expect(ru.keys).toContain('trip-airport-walk');
    expect(ru.keys).toContain('trip-passport-renew');
    const en = await tap(
      'travel',
      'our first holiday abroad',
      "Our kids are giving us a package holiday to Crete for our anniversary. We've never been to an airport.",
      'en',
      ['None of these'],
    );
    expect(en.keys).not.toContain('trip-book-first');
    expect(en.keys).toContain('trip-airport-walk');
    // Nothing given or booked: the booking steps stay.
    const near = await tap(
      'travel',
      'впервые поехать за границу с женой, в Египет',
      'Хотим осенью, ничего пока не выбирали. Загранпаспорта есть.',
      'ru',
      ['Ничего из этого'],
    );
    expect(near.keys).toContain('trip-book-first');
    expect(near.keys).not.toContain('road-border');
  });

  it('gives a trip by bus over a border bus seats, not car papers or a flight', async () => {
    const en = await tap(
      'travel',
      'take the kids to the coast by bus across the border',
      'Three of us, by long-distance bus, five days in July. Their dad is not coming.',
      'en',
    );
    expect(en.keys).not.toContain('road-border');
    expect(en.keys).not.toContain('trip-book-first');
    expect(en.keys).toContain('trip-bus-seats');
    expect(en.text).not.toMatch(/airport/i);
    const ru = await tap(
      'travel',
      'поехать с детьми на море на автобусе через границу',
      'Едем втроём междугородним автобусом, в июле.',
      'ru',
    );
    expect(ru.keys).not.toContain('road-border');
    const near = await tap('travel', 'drive to France with the kids', 'We cross the border by car in July.', 'en', [
      'Travelling with children',
    ]);
    expect(near.keys).toContain('road-border');
  });

  it('starts the passport when it has expired, before any booking', async () => {
    const ru = await tap(
      'travel',
      'съездить к родне в Омск из Германии',
      'Российский паспорт у меня просрочен, лететь с пересадкой, в июле на две недели.',
      'ru',
      ['Поездка за границу'],
    );
    expect(ru.keys).toContain('trip-passport-renew');
    const bookAt = ru.keys.indexOf('trip-book-first');
    if (bookAt >= 0) expect(ru.keys.indexOf('trip-passport-renew')).toBeLessThan(bookAt);
  });

  it('traces the family village and finds a local guide before a roots trip is booked; an ordinary trip abroad keeps its booking steps', async () => {
    const en = await tap(
      'travel',
      'visit the town in Ghana where my grandmother was from',
      'I am 40 and live in Manchester. My grandmother left Ghana in 1958; I have her birth certificate with a town near Kumasi and two family names. I want to go next spring for ten days and meet anyone who remembers her.',
      'en',
      ['A trip abroad'],
    );
    expect(en.keys).toContain('trip-roots-trace');
    expect(en.keys).toContain('trip-roots-guide');
    const at = (key: string) => en.keys.indexOf(key);
    expect(at('trip-roots-trace')).toBeLessThan(at('trip-book-first'));
    if (en.keys.includes('trip-bed')) expect(at('trip-roots-guide')).toBeLessThan(at('trip-bed'));
    const ru = await tap(
      'travel',
      'съездить на родину деда в Карпаты',
      'Мне 45, живу в Самаре. Дед был из села под Ужгородом, от него остались письма и пара фамилий. Хочу летом поехать на неделю и найти родственников.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('trip-roots-trace');
    const near = await tap(
      'travel',
      'first trip to Morocco',
      'I am 30 and have never been to Africa. Ten days next autumn, Marrakech and the coast.',
      'en',
      ['A trip abroad'],
    );
    expect(near.keys).not.toContain('trip-roots-trace');
  });

  it('readies the car for frost and a stop on a frozen road for a winter drive, not a solo traveller’s evenings; a nervous city break keeps the evenings plan', async () => {
    const ru = await tap(
      'travel',
      'зимой на машине в Карелию с семьёй',
      'Мне 38, едем вчетвером из Москвы в январе на своей «Гранте». Боюсь, что в мороз машина не заведётся и мы встанем на трассе.',
      'ru',
      ['Путешествие на машине'],
    );
    expect(ru.keys).toContain('road-winter-car');
    expect(ru.keys).toContain('road-winter-stuck');
    expect(ru.keys).not.toContain('trip-safe-evenings');
    expect(ru.keys).not.toContain('road-car');
    const en = await tap(
      'travel',
      'winter road trip to Lapland',
      'We are driving from Helsinki up to Lapland in February with our two kids. I am nervous about icy roads and the car breaking down in the cold.',
      'en',
      ['A road trip'],
    );
    expect(en.keys).toContain('road-winter-car');
    expect(en.keys).not.toContain('trip-safe-evenings');
    const near = await tap(
      'travel',
      'first solo trip to Prague',
      'I am 26 and going alone for four days in March. I am nervous about being out alone in the evenings.',
      'en',
      [],
    );
    expect(near.keys).not.toContain('road-winter-car');
    expect(near.keys).toContain('trip-safe-evenings');
  });

  it('reads a parent who cannot walk for long or climb stairs in any word order as a mobility need', async () => {
    const ru = await tap(
      'travel',
      'свозить папу на море',
      'Папе 78, после инсульта долго ходить он не может, по лестницам тоже. Хотим в сентябре на неделю, без долгих переходов.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('access-room');
    expect(ru.keys).not.toContain('trip-bed');
    const en = await tap(
      'travel',
      'take my mum to the coast for a week',
      'She is 80 and with her knees she can’t walk for long any more. We want a quiet week in June.',
      'en',
      [],
    );
    expect(en.keys).toContain('access-room');
    const near = await tap(
      'travel',
      'поход по Алтаю с друзьями',
      'Мне 30, любим долго ходить пешком, хотим неделю с палатками в августе.',
      'ru',
      [],
    );
    expect(near.keys).not.toContain('access-room');
  });
});
