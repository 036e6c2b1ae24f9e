import { describe, expect, it } from 'vitest';
import { hazardReader, noHazard, tap } from '../../../../test/factories/offline-cases.js';

// The dangers in content/goals/hazards/health.yaml, through the real coach: each one named in passing leads the path
// of a goal of any kind, in English and Russian, and the same words in a harmless sense, or a kind's own net for the
// same danger, leave the kind's own steps in front. Where a new case goes: docs/coach.md.
const named = (text: string) => hazardReader.read([text]).map((hazard) => hazard.id);

const leadKeys = (text: string) =>
  hazardReader.lead(hazardReader.read([text]), [], (steps) => steps).map((step) => step.key);

describe('signs of illness named in passing lead the path', () => {
  it('puts a doctor this week first for a cough that lasts, with night sweats or weight lost (en + ru)', async () => {
    const en = await tap(
      'travel',
      'Plan a walking holiday in the Highlands',
      "I've had a cough since February that just won't shift, and I keep waking up soaked in sweat at night. My sister thinks a week of fresh air will sort me out.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-cough-doctor');
    const ru = await tap(
      'moving',
      'Переехать к дочери в Новосибирск',
      'Мне 62, второй месяц кашляю, и за это время сильно похудел. Дочь зовёт к себе, надо продать квартиру.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-cough-doctor');
  });

  it('leaves a smoker’s cough with a wish to lose weight, and a rattling generator, alone', async () => {
    noHazard(
      (
        await tap(
          'quit',
          'Quit smoking this spring',
          'Twenty a day, a cough every morning, and I want to lose weight too.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'repair',
          'Починить генератор на даче',
          'Заводится, покашливает и глохнет через десять минут. Хочу разобраться сам.',
          'ru',
        )
      ).keys,
    );
  });

  it('puts a doctor first for weight lost without trying (en + ru)', async () => {
    const en = await tap(
      'career',
      'Find a new job after the layoff',
      "Since March I've lost about 8 kilos without trying. My wife says it's the stress.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-weight-doctor');
    const ru = await tap(
      'admin',
      'Оформить пенсию',
      'Мне 59, за два месяца похудела на шесть кило, хотя ем как обычно. С документами не понимаю, с чего начать.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-weight-doctor');
  });

  it('leaves weight that will not come off, and a wish to lose it, alone', async () => {
    noHazard(
      (
        await tap(
          'fitness',
          'Lose 10 kg before the wedding',
          "I haven't lost weight in months even though I eat salads for lunch.",
          'en',
        )
      ).keys,
    );
    noHazard(
      (await tap('fitness', 'Похудеть к лету', 'Не могу похудеть, хотя ем мало. Вес стоит уже три месяца.', 'ru')).keys,
    );
  });

  it('puts a doctor within days first for blood passed or coughed up (en + ru)', async () => {
    const en = await tap(
      'business',
      'Open my own bakery',
      "I'm 52 and finally have the savings. There's been blood in the toilet a few times lately but I'm too busy to deal with it.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-blood-doctor');
    const ru = await tap(
      'travel',
      'Съездить с мужем в Калининград',
      'Хотим на майские. Правда, последние две недели у меня моча с кровью, думаю, застудилась.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-blood-doctor');
  });

  it('leaves a blood test, blood pressure and nosebleeds alone', async () => {
    noHazard(
      (
        await tap(
          'habit',
          'Give blood every three months',
          'My blood pressure is fine and the blood test last year was normal.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (await tap('home', 'Увлажнять воздух в квартире', 'Зимой сухо, у сына бывает кровь из носа по утрам.', 'ru'))
        .keys,
    );
  });

  it('puts the earliest appointment first for a new lump (en + ru)', async () => {
    const en = await tap(
      'moving',
      'Move to Leeds for my new job',
      'I start in six weeks and have nowhere to live yet. Last week I found a lump in my armpit, probably nothing.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-lump-doctor');
    const ru = await tap(
      'interview',
      'Пройти собеседование в банк',
      'Собеседование через неделю. Ещё нащупала шишку на шее, но сейчас не до этого.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-lump-doctor');
  });

  it('leaves a lump sum, a lump in the throat and pine cones alone', async () => {
    noHazard(
      (
        await tap(
          'interview',
          'Give the best man speech',
          'I get a lump in my throat just thinking about it, and the lump sum for the stag do is still unpaid.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (await tap('fitness', 'Подготовиться к сезону за шишкой', 'Каждую осень ходим в тайгу за шишкой.', 'ru')).keys,
    );
  });

  it('puts the emergency number first for chest pain or fainting outside exercise (en + ru)', async () => {
    const en = await tap(
      'travel',
      'Take my wife to Rome for our anniversary',
      "I'm 64. Lately I get a pressure in my chest when I'm just sitting watching TV, it goes after a while.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-chest-now');
    const ru = await tap(
      'repair',
      'Переложить плитку в ванной',
      'Мне 58. На прошлой неделе упал в обморок на кухне, а так руки из нужного места.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-chest-now');
  });

  it('leaves chest pain on a run to the kind’s own warning-sign steps, and panic attacks and fainting at needles alone', async () => {
    noHazard(
      (
        await tap(
          'fitness',
          'Start running three times a week',
          'I get chest pain when I run uphill and it passes when I walk.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'social',
          'Go to a party without leaving early',
          'I get panic attacks at parties, my chest gets tight and I have to leave.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (await tap('skill', 'Научиться делать уколы маме', 'Боюсь упасть в обморок при виде крови, но надо.', 'ru')).keys,
    );
  });

  it('puts the doctor first for chest tightness told as a band, a heaviness or an ache down the left arm (en + ru)', async () => {
    const en = await tap(
      'home',
      'Clear out the garage before winter',
      'Carrying boxes up the drive I get a tight band around my chest, and my wife says I go grey. It eases if I stop.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-chest-now');
    const arm = await tap(
      'travel',
      'Take the grandchildren to the seaside',
      'Walking up to the station the pain went down his left arm, he says it is nothing.',
      'en',
    );
    expect(arm.keys[0]).toBe('hz-chest-now');
    const ru = await tap(
      'moving',
      'Переехать на дачу на всё лето',
      'Мне 66. Когда несу вёдра с колонки, грудь будто обручем стягивает, постою — отпускает.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-chest-now');
  });

  it('leaves a heart-rate band on the chest, a tight shirt and a headache like a hoop alone', async () => {
    noHazard(
      (
        await tap(
          'travel',
          'Cycle the coast road in May',
          'I wear a heart-rate band across my chest and my new jersey is a bit tight across the chest.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'sleep',
          'Высыпаться перед сменой',
          'После ночной смены голову как обручем сдавливает, а потом не могу уснуть.',
          'ru',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'family',
          'Подготовить сына к прививке',
          'Ему 13, боится уколов до обморока, в прошлый раз после анализа крови сполз по стенке.',
          'ru',
        )
      ).keys,
    );
  });

  it('puts the emergency number first for the signs of a stroke, even passed (en + ru)', async () => {
    const en = await tap(
      'family',
      'Help Dad settle into his new flat',
      'Yesterday his face drooped on one side for ten minutes and his speech was slurred, then it passed and he says he is fine.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-stroke-now');
    const ru = await tap(
      'travel',
      'Свозить бабушку на море',
      'Бабушке 78. Позавчера у неё вдруг отнялась рука и перекосило лицо, через полчаса прошло.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-stroke-now');
  });

  it('leaves slurring from drink and an old stroke alone, and a check-up goal to its own stroke steps', async () => {
    noHazard(
      (
        await tap(
          'recovery',
          'Make handovers safe with my ex',
          'Twice he turned up drunk, speech slurred, and wanted to drive our daughter.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'fitness',
          'Восстановить руку',
          'После инсульта год назад отнялась рука, занимаюсь с реабилитологом.',
          'ru',
        )
      ).keys,
    );
    const checkup = await tap(
      'checkup',
      'Get Mum seen by a neurologist',
      'On Sunday her face drooped on one side and her speech was slurred for twenty minutes.',
      'en',
    );
    noHazard(checkup.keys);
    expect(checkup.keys[0]).toBe('chk-stroke-now');
  });

  it('puts a doctor within days first for readings of 180 and above (en + ru)', async () => {
    const en = await tap(
      'business',
      'Start a food truck',
      'My blood pressure was 190/115 at the pharmacy last week, but I need to get the van ready first.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-bp-doctor');
    const ru = await tap(
      'moving',
      'Переехать на всё лето на дачу',
      'Мне 66, давление бывает 200 на 110, таблетки не пью. Надо перевезти вещи.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-bp-doctor');
  });

  it('leaves a weight in pounds or a salary beside blood pressure alone', async () => {
    noHazard(
      (
        await tap(
          'habit',
          'Walk every day after dinner',
          "I'm 230 lbs and my GP says my blood pressure is borderline.",
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'career',
          'Найти работу без давления начальства',
          'Сейчас 180 тысяч, но давление на работе постоянное.',
          'ru',
        )
      ).keys,
    );
  });

  it('puts a doctor today first for 160 or more with a headache or blurred sight (en + ru)', async () => {
    const en = await tap(
      'writing',
      'Finish the first draft of my novel',
      'My BP was 170/100 this morning and I have a pounding headache, but the deadline is Friday.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-bphead-today');
    const ru = await tap(
      'social',
      'Найти друзей после переезда',
      'К вечеру давление под 170 и болит затылок, сижу дома одна.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-bphead-today');
  });

  it('leaves a reading of 170 with no headache or sight named alone', async () => {
    noHazard(
      (
        await tap(
          'quit',
          'Меньше смотреть новости',
          'Смотрю с утра до ночи, к вечеру давление под 170, жена уходит к соседке.',
          'ru',
        )
      ).keys,
    );
  });

  it('puts a doctor today first for a severe or new headache with the sight changing (en + ru)', async () => {
    const en = await tap(
      'exam',
      'Pass my driving theory test',
      "For a week I've had terrible headaches and blurred vision in the evenings, and the test is on the 12th.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-headeye-today');
    const ru = await tap(
      'career',
      'Подготовиться к аттестации',
      'Последние дни сильные головные боли, и двоится в глазах, а аттестация через неделю.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-headeye-today');
  });

  it('leaves everyday headaches with tired eyes, and a known migraine with aura, alone', async () => {
    noHazard(
      (
        await tap(
          'checkup',
          'Get my reading glasses sorted',
          'I get headaches after reading and the print looks blurry by the evening.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'sleep',
          'Высыпаться перед сменами',
          'У меня мигрень с аурой: сильная головная боль, всё плывёт перед глазами, врач знает.',
          'ru',
        )
      ).keys,
    );
  });

  it('puts a same-day check first for great thirst with passing water a lot (en + ru)', async () => {
    const en = await tap(
      'family',
      'Make mornings calmer with my 6-year-old',
      "She's always thirsty lately and has started wetting the bed again, so nights are chaos.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-thirst-today');
    const ru = await tap(
      'home',
      'Обустроить сыну комнату',
      'Сыну 9. В последний месяц он всё время хочет пить и постоянно бегает в туалет, даже ночью.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-thirst-today');
  });

  it('leaves thirst in the heat and bedwetting alone', async () => {
    noHazard(
      (
        await tap(
          'habit',
          'Drink more water at work',
          "I'm always thirsty in the heat on site and then I'm off to the toilet all the time.",
          'en',
        )
      ).keys,
    );
    noHazard(
      (await tap('family', 'Помочь сыну привыкнуть к садику', 'После переезда снова писается по ночам.', 'ru')).keys,
    );
  });

  it('puts a check today first for a swollen hot calf, and leaves it to a check-up goal’s own clot steps (en + ru)', async () => {
    const en = await tap(
      'travel',
      'Plan the rest of our trip round Canada',
      'Since the nine-hour flight my left calf is swollen and warm, but we have three weeks of driving ahead.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-clot-today');
    const ru = await tap(
      'moving',
      'Переезд в новую квартиру',
      'После перелёта икра опухла и горячая, а грузчики приедут в субботу.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-clot-today');
    const checkup = await tap(
      'checkup',
      'See a vein doctor',
      'Since I flew back my calf is swollen and hot; the appointment is in three weeks.',
      'en',
    );
    noHazard(checkup.keys);
    expect(checkup.keys[0]).toBe('chk-clot-today');
  });

  it('leaves a pulled calf alone', async () => {
    noHazard(
      (
        await tap(
          'sport',
          'Run my first half marathon',
          'I pulled my calf last week and the calf is swollen, so I am resting it.',
          'en',
        )
      ).keys,
    );
  });

  it('puts same-day eye care first for sudden flashes, floaters or a shadow in one eye (en + ru)', async () => {
    const en = await tap(
      'creative',
      'Paint my first watercolour landscape',
      "Since Sunday I've had new floaters and flashes in my left eye, which makes fine brushwork odd.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-eye-today');
    const ru = await tap(
      'reading',
      'Читать по книге в неделю',
      'Со вчерашнего дня вспышки в глазу и тень перед глазом, читать трудно.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-eye-today');
  });

  it('leaves flashes in a photography goal alone', async () => {
    noHazard(
      (
        await tap(
          'skill',
          'Learn flash photography for weddings',
          'I want to stop the flashes of light bouncing off the glasses of the guests.',
          'en',
        )
      ).keys,
    );
  });
  it('puts a doctor within days first for fevers after lambing, calving or raw milk, naming the animals (en + ru)', async () => {
    const en = await tap(
      'career',
      'Get through the farm accounts course',
      "Since we finished calving I've had a fever most evenings and my hips ache. We drink the milk from our cows unpasteurised.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-zoonosis-doctor');
    expect(en.texts[0]).toMatch(/milk/);
    const ru = await tap(
      'checkup',
      'Сдать анализы, а то всё ломит',
      'Держим овец, в марте принимала ягнят. Уже месяц по вечерам знобит, ночью потею, болят колени.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-zoonosis-doctor');
    expect(ru.keys[1]).toBe('hz-zoonosis-milk');
  });

  it('leaves a cow’s milk fever, lambing with no fever, and hay fever with raw milk alone', async () => {
    noHazard(
      (
        await tap(
          'skill',
          'Learn to handle calving on my own',
          'Last year one cow went down with milk fever after calving and I panicked.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'sleep',
          'Высыпаться во время окота',
          'Ночью каждые два часа хожу в кошару, днём корма, к вечеру валюсь с ног.',
          'ru',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'business',
          'Sell raw milk from the farm gate',
          'My hay fever is bad in June, but I want the raw milk vending machine running by then.',
          'en',
        )
      ).keys,
    );
  });
});

describe('medicine dangers named in passing lead the path', () => {
  it('puts the destination’s rules first for controlled medicines taken abroad (en + ru)', async () => {
    const en = await tap(
      'travel',
      'Take the kids to Japan in the spring',
      'Two weeks in April. My son takes Concerta for his ADHD, so I need to work out the rail passes around his school holidays.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-medsborder-rules', 'hz-medsborder-letter']);
    const ru = await tap(
      'travel',
      'Свозить отца в Турцию на юбилей',
      'Папе 75, он пьёт трамадол от спины, возьмём с собой на две недели. Хотим отель у моря.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-medsborder-rules');
  });

  it('leaves a controlled medicine at home, and Japanese lessons, alone', async () => {
    noHazard(
      (
        await tap(
          'language',
          'Выучить японский за год',
          'Пью феназепам на ночь, поэтому занимаюсь только по утрам.',
          'ru',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'habit',
          'Take my Concerta at the same time every school day',
          'My son is 10 and we keep forgetting it on busy mornings.',
          'en',
        )
      ).keys,
    );
  });

  it('puts the prescriber first for a medicine about to stop all at once (en + ru)', async () => {
    const en = await tap(
      'moving',
      'Move to Bristol for my master’s',
      "I'm going to stop taking my sertraline before the move, cold turkey, so I start fresh.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-medsstop-doctor');
    const ru = await tap(
      'fitness',
      'Начать бегать по утрам',
      'Мне 34, хочу заодно бросить антидепрессанты разом, надоело от них зависеть.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-medsstop-doctor');
  });

  it('leaves medicines kept on, and a goal to come off them, to their own paths', async () => {
    noHazard(
      (
        await tap(
          'fitness',
          'Сбросить вес, набранный на антидепрессантах',
          'Врач сказал, что спорт можно, таблетки пью дальше.',
          'ru',
        )
      ).keys,
    );
    const quit = await tap('quit', 'Слезть с феназепама', 'Пью уже год, хочу бросить разом, но боюсь.', 'ru');
    noHazard(quit.keys);
    expect(quit.keys[0]).toMatch(/^quit-meds-/);
  });

  it('puts the danger first for sedatives or strong painkillers with alcohol (en + ru)', async () => {
    const en = await tap(
      'social',
      'Get out more at weekends',
      "I take diazepam for my nerves and have a few beers when I'm out with the lads.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-sedalc-today');
    const ru = await tap(
      'family',
      'Меньше ругаться с мужем',
      'Он пьёт снотворное и запивает пивом, а потом не добудишься.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-sedalc-today');
  });

  it('leaves sleeping pills with no drink alone, and a goal to come off them to quit’s own steps', async () => {
    noHazard((await tap('sleep', 'Ложиться до полуночи', 'Иногда пью снотворное, алкоголь не пью совсем.', 'ru')).keys);
    const quit = await tap(
      'quit',
      "Stop borrowing my husband's zopiclone",
      'Three nights a week now, and a glass or two of wine most evenings.',
      'en',
    );
    noHazard(quit.keys);
  });
});

describe('drugs bought to change the body lead the path', () => {
  it('puts "not one capsule" first for DNP or clenbuterol, in any kind (en + ru)', async () => {
    const en = await tap(
      'sport',
      'Make the 66 kg class for my first boxing bout',
      "I'm about 70 now. A guy at the boxing club said a few DNP capsules would strip the last kilos in a fortnight, he's got some spare.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-dnp-no', 'hz-dnp-doctor']);
    const ru = await tap(
      'travel',
      'Поехать на море в августе',
      'Хочу к поездке подсушиться, знакомый в зале продаёт кленбутерол, говорит, за месяц минус пять.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-dnp-no');
  });

  it('leaves out the hard sessions while DNP leads a training goal', async () => {
    const fit = await tap(
      'fitness',
      'Get stronger at the gym',
      'I already lift three times a week. A mate gave me some DNP to lean out.',
      'en',
    );
    expect(fit.keys[0]).toBe('hz-dnp-no');
    expect(fit.keys).not.toContain('fit-16');
  });

  it('leaves a nursing doctorate and an offer turned down alone', async () => {
    noHazard(
      (
        await tap(
          'career',
          'Finish my DNP and move into a nurse practitioner role',
          'Two semesters left of my DNP program, clinical hours at the county hospital.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (await tap('habit', 'Бросить сладкое', 'Знакомый предлагал кленбутерол, но я отказался от него сразу.', 'ru'))
        .keys,
    );
  });

  it('puts a pharmacist first for slimming pills or jabs bought online or from a salon (en + ru)', async () => {
    const en = await tap(
      'social',
      'Feel confident at my sister’s wedding',
      "I've been taking slimming capsules I ordered off Instagram, they make my heart pound a bit but the weight's coming off.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-dietpill-stop');
    const ru = await tap(
      'fitness',
      'Похудеть к свадьбе',
      'Косметолог в салоне колет оземпик без рецепта, думаю тоже начать.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-dietpill-stop');
  });

  it('leaves a weight-loss medicine the doctor prescribed alone', async () => {
    noHazard(
      (
        await tap(
          'fitness',
          'Lose two stone this year',
          'My GP put me on Wegovy in March and I want to add some walking.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (await tap('fitness', 'Сбросить 10 кг', 'Эндокринолог назначила семаглутид, хочу добавить прогулки.', 'ru')).keys,
    );
  });

  it('puts "leave them out" first for steroids or SARMs offered, outside the fitness kind’s own steps (en + ru)', async () => {
    const en = await tap(
      'sport',
      'Make the first XV next season',
      "I'm 16 and the smallest in the squad. One of the older lads said a cycle of test would sort me out and he can get it.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-steroid-no', 'hz-steroid-ask']);
    const ru = await tap(
      'sport',
      'Выступить на первых соревнованиях по пауэрлифтингу',
      'Мне 19, тренер в качалке предлагает курс оксандролона перед стартом, говорит, все так делают.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-steroid-no');
    const var_ = await tap(
      'fitness',
      'Get big for the school formal',
      "I'm 17 and a guy at my gym says a short var cycle would sort me out, he can get it cheap.",
      'en',
    );
    expect(var_.keys[0]).toMatch(/^(hz-steroid-no|fit-peds-no)$/);
  });

  it('leaves the football VAR, the anabolic window and an asthma inhaler alone, and SARMs to fitness’s own steps', async () => {
    noHazard(
      (
        await tap(
          'career',
          'Become a Premier League referee',
          'I review VAR decisions every weekend and want to get on the national list.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'fitness',
          'Набрать массу',
          'Хочу не пропускать анаболическое окно после тренировки и есть больше белка.',
          'ru',
        )
      ).keys,
    );
    noHazard(
      (await tap('sport', 'Run a half marathon', 'I have asthma and take steroids through my inhaler.', 'en')).keys,
    );
    const fit = await tap('fitness', 'Get bigger arms for summer', "I'm 17 and a guy at my gym sells SARMs.", 'en');
    noHazard(fit.keys);
    expect(fit.keys[0]).toBe('fit-peds-no');
  });
});

describe('a pregnancy with a medicine that harms a baby, or with warning signs, leads the path', () => {
  it('puts the prescriber today first for isotretinoin with a pregnancy possible or planned (en + ru)', async () => {
    const en = await tap(
      'travel',
      'Honeymoon in Bali in May',
      "We're hoping to start a family straight after the wedding. I'm still on Roaccutane for my skin until April.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-retinoid-today', 'hz-retinoid-test']);
    const ru = await tap(
      'exam',
      'Сдать сессию',
      'Пью акнекутан уже два месяца, а сейчас задержка пять дней, не знаю, как сосредоточиться.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-retinoid-today');
  });

  it('leaves a course finished years ago and monthly tests with contraception alone', async () => {
    noHazard(
      (
        await tap(
          'checkup',
          'Book a dermatologist follow-up',
          'I finished my course of isotretinoin years ago and we want to start a family now.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'habit',
          'Не забывать пить роаккутан',
          'Дерматолог назначил на полгода, каждый месяц сдаю тест на беременность, предохраняюсь.',
          'ru',
        )
      ).keys,
    );
  });

  it('puts the prescriber first for valproate or methotrexate with a pregnancy possible or planned (en + ru)', async () => {
    const en = await tap(
      'moving',
      'Move closer to my parents',
      "We're trying for a baby this year, and I take sodium valproate for my epilepsy.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-pregmeds-call', 'hz-pregmeds-test']);
    const ru = await tap(
      'finance',
      'Накопить на ремонт детской',
      'Я на метотрексате от артрита, а тут задержка неделю.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-pregmeds-call');
  });

  it('leaves the medicine alone when the pregnancy is someone else’s', async () => {
    noHazard(
      (
        await tap(
          'career',
          'Switch to a job with more flexible hours',
          "My methotrexate day is Monday, so I'd like Tuesdays off. My wife is pregnant.",
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'habit',
          'Пить варфарин в одно время',
          'Мне 70, внучка беременна, хочу к её родам быть в форме.',
          'ru',
        )
      ).keys,
    );
  });

  it('puts the maternity line today first for warning signs in pregnancy (en + ru)', async () => {
    const en = await tap(
      'home',
      'Get the nursery painted before the baby comes',
      "I'm 30 weeks pregnant and the baby's been moving less than usual since yesterday, so I want to get this done quickly.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-pregsign-now');
    const ru = await tap(
      'moving',
      'Переехать в новую квартиру до родов',
      'Я на 12 неделе беременности, со вчера мажет и тянет низ живота, а грузчики в субботу.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-pregsign-now');
  });

  it('leaves bleeding gums and a baby kicking at night alone', async () => {
    noHazard(
      (
        await tap(
          'fitness',
          'Stay active through my pregnancy',
          "I'm 20 weeks pregnant and my gums have been bleeding when I brush.",
          'en',
        )
      ).keys,
    );
    noHazard(
      (await tap('sleep', 'Высыпаться в третьем триместре', 'Срок 34 недели, малыш активно шевелится по ночам.', 'ru'))
        .keys,
    );
  });
});

describe('medicines and drink stopped on one’s own lead the path', () => {
  it('puts the prescriber first for blood-pressure tablets stopped, with no hard sessions after (en + ru)', async () => {
    const en = await tap(
      'sport',
      'Row the Great River Race in September',
      "I'm 61. My GP put me on ramipril last year but it gave me a cough, so I've stopped it. Training twice a week on the Thames.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-bpstop-doctor', 'hz-bpstop-readings']);
    const ru = await tap(
      'sport',
      'Подготовиться к сезону в футбольной команде',
      'Мне 45, играю в любительской лиге. Таблетки от давления бросил пить месяц назад.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-bpstop-doctor');
    const gym = await tap(
      'fitness',
      'Get stronger at the gym',
      'I already lift three times a week. I stopped my amlodipine last month, it made my ankles swell.',
      'en',
    );
    expect(gym.keys[0]).toBe('hz-bpstop-doctor');
    expect(gym.keys).not.toContain('fit-16');
  });

  it('leaves tablets taken as prescribed, and tablets the doctor changed, alone', async () => {
    noHazard(
      (
        await tap(
          'habit',
          'Take my blood pressure tablets at the same time every day',
          'I keep forgetting the evening one.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'fitness',
          'Подтянуть форму к лету',
          'Кардиолог отменил бисопролол и поменял таблетки, хочу больше ходить.',
          'ru',
        )
      ).keys,
    );
  });

  it('puts the prescriber first for an antidepressant already stopped, however it is put', async () => {
    const en = await tap(
      'social',
      'Make new friends after the move',
      'My sertraline made me feel flat, so I stopped them last week.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-medsstop-doctor');
  });

  it('puts a doctor first for stopping drink alone after heavy daily drinking (en + ru)', async () => {
    const en = await tap(
      'career',
      'Be ready to start the new job on the 1st',
      "I've been drinking a bottle of wine a night for years and I get the shakes in the morning. I'm going to stop cold turkey on Sunday so I'm fresh.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-withdraw-doctor', 'hz-withdraw-tell']);
    const ru = await tap(
      'family',
      'Вернуть мужа к нормальной жизни',
      'Муж третью неделю в запое, завтра хочет резко бросить сам, дома.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-withdraw-doctor');
  });

  it('leaves reading «запоем» alone, and a goal to stop drinking to quit’s own doctor step', async () => {
    noHazard(
      (await tap('reading', 'Читать больше', 'В детстве читала запоем, хочу вернуть это и бросить сериалы.', 'ru'))
        .keys,
    );
    const quit = await tap(
      'quit',
      'Give up drinking for good',
      'A bottle of wine a night for ten years, shakes in the morning. Stopping on Monday.',
      'en',
    );
    noHazard(quit.keys);
    expect(quit.keys[0]).toMatch(/^quit-alcohol-doctor/);
  });
});

describe('bites, purging, a changed mole and a fast on diabetes medicines lead the path', () => {
  it('puts a doctor today first for a tick bite outside a check-up goal (en + ru)', async () => {
    const en = await tap(
      'home',
      'Clear the overgrown back garden',
      "Last weekend I pulled a tick off my leg after cutting the brambles and there's a red ring round it now.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-tick-today', 'hz-tick-watch']);
    const ru = await tap(
      'travel',
      'Съездить с детьми на Алтай',
      'Вчера на даче сняла с дочки клеща, прививки нет, а выезжаем через неделю.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-tick-today');
  });

  it('leaves a tick taken off the dog alone, and a check-up goal to its own tick steps', async () => {
    noHazard(
      (
        await tap(
          'home',
          'Обработать участок от клещей',
          'Каждое лето сняли клеща с собаки, хочу обработать траву.',
          'ru',
        )
      ).keys,
    );
    const checkup = await tap(
      'checkup',
      'See someone about a tick bite',
      'Found a tick on my leg yesterday after a hike.',
      'en',
    );
    noHazard(checkup.keys);
    expect(checkup.keys[0]).toMatch(/^chk-tick-/);
  });

  it('puts washing and same-day care first for an animal bite (en + ru)', async () => {
    const en = await tap(
      'travel',
      'Finish my Vietnam trip',
      'A monkey bit my hand at the temple in Hoi An this morning; I cleaned it with a wet wipe. Next stop Hue.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-bite-today', 'hz-bite-dates']);
    const ru = await tap(
      'moving',
      'Переехать в деревню',
      'Вчера у магазина меня укусила чужая собака за руку, а переезд уже в субботу.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-bite-today');
  });

  it('leaves a childhood bite behind a fear of dogs, and one’s own dog biting a neighbour, alone', async () => {
    noHazard(
      (
        await tap(
          'social',
          'Get over my fear of dogs',
          'I was bitten by a dog as a child and still cross the road.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (await tap('skill', 'Отучить собаку кусаться', 'Наша собака укусила соседа за ногу, нужен кинолог.', 'ru')).keys,
    );
  });

  it('puts the GP first for making oneself sick to lose weight, without the weighing steps (en + ru)', async () => {
    const en = await tap(
      'social',
      'Go to the summer ball',
      "I've been making myself sick after dinner so I fit into the dress.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-purge-gp', 'hz-purge-tell']);
    const ru = await tap('fitness', 'Похудеть к выпускному', 'После ужина вызываю рвоту, чтобы не набрать.', 'ru');
    expect(ru.keys[0]).toBe('hz-purge-gp');
    // Without the danger, a weight goal's path holds the plate, the drinks and the weekly weighing.
    const laxatives = await tap(
      'fitness',
      'Сбросить 8 кг к лету',
      'Хожу пешком, но за зиму поправилась. Пью слабительные, чтобы похудеть.',
      'ru',
      ['Сбросить', 'Только'],
    );
    expect(laxatives.keys[0]).toBe('hz-purge-gp');
    expect(
      laxatives.keys.filter((key) => ['fit-weight-plate', 'fit-weight-drink', 'fit-weight-measure'].includes(key)),
    ).toEqual([]);
  });

  it('leaves being sick with worry and a poisoning alone', async () => {
    noHazard(
      (await tap('habit', 'Stop worrying about work at night', 'I make myself sick with worry every Sunday.', 'en'))
        .keys,
    );
    noHazard(
      (
        await tap(
          'family',
          'Научить детей первой помощи',
          'Когда дочь отравилась грибами, врач велел вызывать рвоту.',
          'ru',
        )
      ).keys,
    );
  });

  it('puts an early appointment first for a mole that has changed (en + ru)', async () => {
    const en = await tap(
      'travel',
      'Get a proper tan in Ibiza',
      "There's a mole on my shoulder that's got bigger and itches, but I want to hit the sunbeds before I go.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-mole-book', 'hz-mole-photo']);
    const ru = await tap('sport', 'Пробежать полумарафон', 'Родинка на спине стала кровить от лямки рюкзака.', 'ru');
    expect(ru.keys[0]).toBe('hz-mole-book');
  });

  it('leaves moles in the lawn and moles that have not changed alone', async () => {
    noHazard(
      (await tap('home', 'Get rid of the moles in my lawn', 'The molehills are getting bigger every week.', 'en')).keys,
    );
    noHazard(
      (
        await tap(
          'creative',
          'Нарисовать автопортрет',
          'Хочу честно нарисовать все родинки на лице, они у меня с детства.',
          'ru',
        )
      ).keys,
    );
  });

  it('puts the diabetes doctor first for a fast on insulin or diabetes tablets (en + ru)', async () => {
    const en = await tap(
      'reading',
      'Read the Quran in Arabic during Ramadan',
      "I'm type 1 on insulin and I'll be fasting this year for the first time.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-fastdiab-doctor', 'hz-fastdiab-card']);
    const ru = await tap(
      'habit',
      'Соблюдать Великий пост',
      'Мне 63, диабет второго типа, пью диабетон, хочу держать пост строго.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-fastdiab-doctor');
  });

  it('leaves a fasting sugar reading and a cat’s insulin alone, and a training goal to fitness’s own steps', async () => {
    noHazard(
      (await tap('habit', 'Check my sugar every morning', 'My fasting glucose has been around 7 on metformin.', 'en'))
        .keys,
    );
    noHazard(
      (
        await tap(
          'skill',
          'Научиться колоть коту инсулин',
          'Коту назначили инсулин, ветеринар показала, как колоть, а он не ест до укола.',
          'ru',
        )
      ).keys,
    );
    const fit = await tap(
      'fitness',
      'Lose weight with intermittent fasting',
      "I'm on insulin for type 2 and want to try 16:8.",
      'en',
    );
    noHazard(fit.keys);
    expect(fit.keys[0]).toMatch(/^fit-med-/);
  });
});

it('puts a doctor first for sport or hard training after a concussion still felt (en + ru)', async () => {
  const en = await tap(
    'sport',
    'Get back to playing rugby this season',
    "I'm 19, got concussed in a match three weeks ago and I still get headaches when I read. The coach wants me back for the cup game on Saturday.",
    'en',
    ['A team sport'],
  );
  expect(en.keys.slice(0, 2)).toEqual(['hz-concuss-doctor', 'hz-concuss-coach']);
  expect(en.keys).not.toContain('sport-contact-coach');
  const ru = await tap(
    'fitness',
    'Вернуться в зал после травмы',
    'Месяц назад на тренировке по самбо получила сотрясение мозга, до сих пор кружится голова по утрам. Хочу снова ходить в зал три раза в неделю.',
    'ru',
  );
  expect(ru.keys[0]).toBe('hz-concuss-doctor');
});

it('drops the restart session and the week of sessions for a third concussion weeks ago', async () => {
  const fit = await tap(
    'fitness',
    'Get fit at my mate’s kickboxing gym',
    "I'm 27. Stopped playing league after my third concussion, the last one six weeks ago, and screens still give me headaches. Put on 8 kg since and want it off.",
    'en',
  );
  expect(fit.keys[0]).toBe('hz-concuss-doctor');
  expect(fit.keys).not.toContain('fit-24');
  expect(fit.keys).not.toContain('fit-06');
  expect(fit.keys).not.toContain('fit-gym-first');
});

it('leaves a concussion long past and a fear of one alone', async () => {
  noHazard(
    (
      await tap(
        'fitness',
        'Start running again',
        'I had a concussion as a kid playing football, no problems since. Now 40 and want to do a 5k.',
        'en',
      )
    ).keys,
  );
  noHazard(
    (
      await tap(
        'sport',
        'Научиться правильно падать в регби',
        'Боюсь получить сотрясение в захвате, хочу поставить технику до сезона.',
        'ru',
      )
    ).keys,
  );
});

it('puts a pharmacist today first for paracetamol taken from several products (en + ru)', async () => {
  const en = await tap(
    'sleep',
    'Sleep through this flu',
    "I've got a stinking cold. I'm on two paracetamol every four hours plus a Beechams sachet at bedtime and I still can't sleep.",
    'en',
  );
  expect(en.keys.slice(0, 2)).toEqual(['hz-paracet-pharmacist', 'hz-paracet-list']);
  const ru = await tap(
    'exam',
    'Сдать сессию, несмотря на простуду',
    'Третий день температура, пью парацетамол и сверху Терафлю на ночь, чтобы хоть как-то заниматься.',
    'ru',
    ['Экзамен или зачёт в вузе'],
  );
  expect(ru.keys[0]).toBe('hz-paracet-pharmacist');
});

it('leaves paracetamol in a first-aid kit alone', async () => {
  noHazard(
    (
      await tap(
        'travel',
        'Pack a first-aid kit for Spain',
        'Paracetamol, plasters and suncream — anything else worth taking?',
        'en',
      )
    ).keys,
  );
  noHazard(
    (await tap('home', 'Собрать аптечку на дачу', 'Парацетамол, бинты, зелёнка — что ещё взять на лето?', 'ru')).keys,
  );
});

it('puts an urgent dentist first for a toothache held down with painkillers (en + ru)', async () => {
  const en = await tap(
    'career',
    'Finish my portfolio before the interview',
    "My back tooth has been throbbing for ten days and the dentist can't see me until the 20th, so I'm living on ibuprofen and can't focus.",
    'en',
  );
  expect(en.keys[0]).toBe('hz-tooth-today');
  const ru = await tap(
    'writing',
    'Дописать диплом к июню',
    'Вторую неделю болит зуб, к стоматологу записалась только через месяц, держусь на найзе.',
    'ru',
    ['Диплом, диссертация или курсовая'],
  );
  expect(ru.keys[0]).toBe('hz-tooth-today');
});

it('puts both first for paracetamol stacked over a throbbing tooth, one step each', async () => {
  const both = await tap(
    'exam',
    'Pass my bar exam in July',
    'A wisdom tooth has been killing me for two weeks and the dentist is booked up. Two Panadol every four hours and a Lemsip at night get me through.',
    'en',
  );
  expect(both.keys.slice(0, 2)).toEqual(['hz-paracet-pharmacist', 'hz-tooth-today']);
});

it('leaves wisdom teeth to come out, teeth that don’t hurt, and a toothache goal to the check-up’s own steps', async () => {
  noHazard(
    (
      await tap(
        'habit',
        'Eat soft food after my wisdom teeth come out',
        'The extraction is on Friday, I want a week of meals ready.',
        'en',
      )
    ).keys,
  );
  noHazard(
    (await tap('checkup', 'Сходить к стоматологу на чистку', 'Зубы не болят, просто давно не была.', 'ru')).keys,
  );
  const own = await tap(
    'checkup',
    'See a dentist about my toothache',
    "It's been aching for a week and I'm taking painkillers to sleep.",
    'en',
    ['A tooth'],
  );
  noHazard(own.keys);
});

it('keeps the heart’s lead for chest pain, and leaves a tight chest with a cough, a wheeze or dust alone (en + ru)', async () => {
  const en = await tap(
    'travel',
    'Take the grandchildren to Cornwall',
    'I get a crushing pain in my chest when I carry the shopping up the hill, it eases when I stop.',
    'en',
  );
  expect(en.keys[0]).toBe('hz-chest-now');
  noHazard(
    (
      await tap(
        'travel',
        'Plan a week in the Lakes',
        'Every autumn I get a wheezy cough and a tight chest, my inhaler helps a bit. Want easy walks only.',
        'en',
      )
    ).keys,
  );
  noHazard(
    (
      await tap(
        'career',
        'Уйти со стройки в офис',
        'Восемь лет на стройке, к концу смены кашель и тяжесть в груди от пыли, жена ругается.',
        'ru',
      )
    ).keys,
  );
});

it('puts an emergency department first for a knock to the head with warning signs or blood thinners (en + ru)', async () => {
  const en = await tap(
    'family',
    'Help Mum settle in after her fall',
    "She fell in the kitchen yesterday and banged her head on the counter. She's on warfarin and seems a bit muddled.",
    'en',
  );
  expect(en.keys[0]).toBe('hz-head-today');
  const ru = await tap(
    'moving',
    'Переехать в новую квартиру на выходных',
    'Вчера на лестнице ударился головой о косяк, ночью вырвало, сегодня всё время клонит в сон, но грузчики уже заказаны.',
    'ru',
    ['Заказ грузчиков или машины'],
  );
  expect(ru.keys[0]).toBe('hz-head-today');
});

it('leaves a bump on the head with no sign, and one long ago, alone', async () => {
  noHazard(
    (
      await tap(
        'repair',
        'Lower the kitchen cupboards',
        'I keep banging my head on the corner of the top cupboard, it just leaves a bump.',
        'en',
      )
    ).keys,
  );
  noHazard(
    (
      await tap(
        'creative',
        'Написать рассказ о детстве',
        'В детстве ударился головой о лёд и потерял сознание — хочу с этого начать.',
        'ru',
      )
    ).keys,
  );
});

it('puts the allergy doctor first for anaphylaxis with no adrenaline to hand (en + ru)', async () => {
  const en = await tap(
    'skill',
    'Start keeping bees',
    'I went into anaphylaxis after a wasp sting two years ago, and my EpiPen expired last spring. Got a hive from a neighbour.',
    'en',
  );
  expect(en.keys[0]).toBe('hz-allergy-pen');
  const ru = await tap(
    'habit',
    'Каждое утро бегать в парке',
    'Летом был анафилактический шок на укус пчелы, автоинжектор так и не купил. Хочу бегать по лесным дорожкам.',
    'ru',
  );
  expect(ru.keys[0]).toBe('hz-allergy-pen');
});

it('leaves pens in date and a mild allergy alone', async () => {
  noHazard(
    (
      await tap(
        'travel',
        'Go hiking in the Alps',
        'I have a peanut allergy and always carry two EpiPens in date. Want a hut-to-hut route.',
        'en',
      )
    ).keys,
  );
  noHazard(
    (await tap('home', 'Завести кошку', 'У мужа лёгкая аллергия на шерсть, ищем гипоаллергенную породу.', 'ru')).keys,
  );
});

it('puts an asthma review first for a reliever needed all the time (en + ru)', async () => {
  const en = await tap(
    'sport',
    'Run a half marathon in October',
    "I'm asthmatic and honestly I go through a blue inhaler a month now, and it wakes me at night. Training starts next week.",
    'en',
    [],
  );
  expect(en.keys[0]).toBe('hz-asthma-review');
  const ru = await tap(
    'fitness',
    'Начать бегать по утрам',
    'У меня астма, ингалятор нужен несколько раз в день, особенно на холоде. Хочу хотя бы 3 км.',
    'ru',
  );
  expect(ru.keys[0]).toBe('hz-asthma-review');
});

it('leaves asthma under control and a preventer habit alone', async () => {
  noHazard(
    (
      await tap(
        'fitness',
        'Swim twice a week',
        'I used to need my inhaler several times a day as a teenager, but my asthma is under control now.',
        'en',
      )
    ).keys,
  );
  noHazard(
    (await tap('habit', 'Не забывать ингалятор по утрам', 'Врач назначил базисный ингалятор, а я забываю.', 'ru')).keys,
  );
});

it('puts a doctor today first for hearing gone suddenly in one ear (en + ru)', async () => {
  const en = await tap(
    'language',
    'Pass my Spanish listening exam',
    "Since Tuesday I can't hear out of my left ear at all, it just went. Exam is in two weeks.",
    'en',
  );
  expect(en.keys[0]).toBe('hz-hearing-today');
  const ru = await tap(
    'instrument',
    'Подготовить программу к концерту',
    'Три дня назад проснулась и не слышу правым ухом, звенит. Концерт через месяц.',
    'ru',
    ['Уже занимаюсь'],
  );
  expect(ru.keys[0]).toBe('hz-hearing-today');
});

it('leaves an ear blocked by a cold or wax alone', async () => {
  noHazard(
    (
      await tap(
        'language',
        'Practise French podcasts daily',
        "I can't hear out of my left ear since this cold, so I'm using the right earbud.",
        'en',
      )
    ).keys,
  );
  noHazard(
    (await tap('travel', 'Слетать в Сочи', 'Не слышу левым ухом — серная пробка, промою на этой неделе.', 'ru')).keys,
  );
});

it('puts stimulants never prescribed first in an exam goal (en + ru)', async () => {
  const en = await tap(
    'exam',
    'Get through my finals',
    'My flatmate sells me modafinil so I can pull all-nighters. Six exams in two weeks.',
    'en',
    ['A university exam'],
  );
  expect(en.keys[0]).toBe('hz-stim-today');
  const ru = await tap(
    'exam',
    'Сдать ЕГЭ по профильной математике',
    'Одноклассник достаёт риталин у брата, я купил у него пачку, чтобы сидеть ночами.',
    'ru',
    ['Уже занимаюсь'],
  );
  expect(ru.keys[0]).toBe('hz-stim-today');
});

it('leaves one’s own prescription alone', async () => {
  noHazard(
    (
      await tap(
        'exam',
        'Study for the CPA exam',
        "I'm prescribed Concerta for my ADHD and I bought a planner to time my study blocks.",
        'en',
      )
    ).keys,
  );
  noHazard(
    (
      await tap(
        'exam',
        'Сдать сессию без хвостов',
        'Мне назначили модафинил от нарколепсии, купил будильник и хочу выстроить режим.',
        'ru',
      )
    ).keys,
  );
});

it('puts the foot seen first for a diabetic foot sore that won’t heal, and drops the walks (en + ru)', async () => {
  const en = await tap(
    'fitness',
    'Walk 10,000 steps a day',
    "I'm type 2 diabetic and there's a sore on my heel that hasn't healed in three weeks, but I want to get moving.",
    'en',
    ['Just starting'],
  );
  expect(en.keys[0]).toBe('hz-footdiab-today');
  expect(en.keys).not.toContain('fit-14');
  const ru = await tap(
    'habit',
    'Гулять каждый вечер по часу',
    'Диабет второго типа. На пятке ранка, которая не заживает уже месяц, но врач велел больше двигаться.',
    'ru',
    ['Ежедневные прогулки'],
  );
  expect(ru.keys[0]).toBe('hz-footdiab-today');
  expect(ru.keys).not.toContain('hab-walk-first');
});

it('leaves feet sore after a walk, with diabetes, alone', async () => {
  noHazard(
    (
      await tap(
        'fitness',
        'Walk to work twice a week',
        "I'm diabetic and my feet ache after long walks, so I bought proper shoes.",
        'en',
      )
    ).keys,
  );
  noHazard(
    (await tap('habit', 'Ходить пешком на работу', 'У меня диабет, ноги в порядке, хочу больше двигаться.', 'ru')).keys,
  );
});

it('puts a same-day clot check first for a calf swollen since a long flight, and drops the race-week running', async () => {
  const own = await tap(
    'sport',
    'Run the Sydney Marathon under 3:45',
    "I'm 44 and ran Melbourne in 3:58 last October. I've got 16 weeks till Sydney and I'm building back up to 60 km weeks, long run Sundays in Centennial Park. Got back from a work trip to London on Tuesday, 23 hours door to door, and my left calf has been swollen and tight ever since, I reckon from being crammed in economy, so I've been foam rolling it hard. Speed work is the thing I've never done properly.",
    'en',
  );
  expect(own.keys.slice(0, 2)).toEqual(['hz-clot-today', 'hz-clot-rest']);
  expect(own.keys).not.toContain('sport-12');
});

it('puts the clot check first for a swollen calf or leg after an operation, in words the old phrases miss (en + ru)', async () => {
  const en = await tap(
    'habit',
    'Walk 10,000 steps a day',
    'Had my knee replacement three weeks ago and now the calf below it is swollen and red.',
    'en',
  );
  expect(en.keys.slice(0, 2)).toEqual(['hz-clotafter-today', 'hz-clotafter-rest']);
  const ru = await tap(
    'travel',
    'Съездить с детьми в Казань',
    'Две недели назад прооперировали колено, а теперь голень отекла и покраснела. Хотим ехать на майские.',
    'ru',
  );
  expect(ru.keys[0]).toBe('hz-clotafter-today');
});

it('leaves both ankles swelling on flights, a pulled calf and a clot ruled out alone', async () => {
  noHazard(
    (
      await tap(
        'travel',
        'Plan two weeks in Japan',
        'My ankles always swell on long flights, both legs, so I wear compression socks.',
        'en',
      )
    ).keys,
  );
  noHazard(
    (
      await tap(
        'sport',
        'Get back to five-a-side',
        'Pulled my calf in a match last week, it is still swollen and tender, and I fly to Spain next month.',
        'en',
      )
    ).keys,
  );
  noHazard(
    (
      await tap(
        'fitness',
        'Бегать три раза в неделю',
        'После перелёта опухла икра, сделала УЗИ — тромба нет, врач разрешил бегать.',
        'ru',
      )
    ).keys,
  );
});

it('puts the stroke steps first for a mother’s signs that passed a week ago, trips waiting for the doctor', async () => {
  const own = await tap(
    'travel',
    'Свозить маму в Молдову на её 75-летие',
    'Мама родом из-под Сорок, не была там с 1989 года, там осталась её двоюродная сестра. Мы в Калуге, хотим поехать вдвоём в мае, прямых рейсов нет, говорят только через Стамбул. Неделю назад у неё минут на десять отнялась правая рука и язык заплетался, потом всё прошло, она сказала давление, выпила капотен и легла. Хочу, чтобы поездка была ей в радость, а не в тягость.',
    'ru',
  );
  expect(own.keys.slice(0, 2)).toEqual(['hz-stroke-now', 'hz-stroke-card']);
});

it('puts a same-day check first for a numb hand, a drooping mouth and jumbled words put down to nerves', async () => {
  const own = await tap(
    'interview',
    'Interview for the parish clerk job on the 14th',
    "I'm 61, took early retirement from the county council's planning team, and the clerk for our village council in Cumbria is retiring. It's 12 hours a week and the interview is with five councillors in the village hall, two of whom I've crossed swords with at meetings. Last Thursday my left hand went numb, the left side of my mouth felt funny and my words came out jumbled for ten minutes or so, then it all passed, so I've put it down to nerves. I want to go in calm and not ramble.",
    'en',
  );
  expect(own.keys.slice(0, 2)).toEqual(['hz-tia-today', 'hz-tia-again']);
});

it('puts the TIA steps first for other signs that came and went, and the stroke steps for signs still there (en + ru)', async () => {
  const en = await tap(
    'social',
    'Plan our wedding for June',
    'On Sunday my right arm went weak and I couldn’t lift it for a few minutes, then it went away.',
    'en',
  );
  expect(en.keys.slice(0, 2)).toEqual(['hz-tia-today', 'hz-tia-again']);
  const ru = await tap(
    'home',
    'Подготовить дачу к лету',
    'Позавчера у бабушки минут на пятнадцать онемела правая рука и она путала слова, потом всё прошло.',
    'ru',
  );
  expect(ru.keys[0]).toBe('hz-tia-today');
  const now = await tap(
    'skill',
    'Научиться печь хлеб',
    'У мамы сегодня утром отнялась левая рука и заплетался язык.',
    'ru',
  );
  expect(now.keys[0]).toBe('hz-stroke-now');
});

it('leaves nerves at a rehearsal, a limb slept on, drink and a dentist’s numbing alone', async () => {
  noHazard(
    (
      await tap(
        'social',
        "Give the best man's speech",
        'At the rehearsal my words came out jumbled for a few minutes, then it passed.',
        'en',
      )
    ).keys,
  );
  noHazard(
    (
      await tap(
        'sleep',
        'Stop waking up at 4',
        'I wake with my arm gone numb because I slept on it, back to normal within minutes.',
        'en',
      )
    ).keys,
  );
  noHazard(
    (
      await tap(
        'quit',
        'Drink less at weekends',
        'Last Saturday I was drunk, my speech was slurred for an hour, then it passed.',
        'en',
      )
    ).keys,
  );
  noHazard(
    (
      await tap(
        'checkup',
        'Долечить зубы',
        'После заморозки у стоматолога онемела губа, перекосило рот на пару часов, потом всё прошло.',
        'ru',
      )
    ).keys,
  );
});

it('puts a blood test within days first for bruises without knocks and bleeding gums', async () => {
  const own = await tap(
    'checkup',
    'Сходить к гематологу — синяки на ровном месте',
    'Мне 39, уже месяца два на ногах и руках синяки, откуда — не помню. Дёсны кровят, когда чищу зубы, и устаю так, что после работы сразу ложусь. Терапевт в поликлинике в Саранске дала направление к гематологу, но запись в республиканскую только через месяц. Не знаю, ждать или идти платно.',
    'ru',
  );
  expect(own.keys.slice(0, 2)).toEqual(['hz-bruise-blood', 'hz-bruise-notes']);
});

it('puts the blood test first for other unexplained bruising (en + ru)', async () => {
  const en = await tap(
    'fitness',
    'Run a 5k by June',
    "Lately I've been covered in bruises for no reason, and my gums bleed when I brush.",
    'en',
  );
  expect(en.keys[0]).toBe('hz-bruise-blood');
  const ru = await tap(
    'habit',
    'Ходить в бассейн два раза в неделю',
    'Синяки появляются от малейшего прикосновения, из носа то и дело идёт кровь.',
    'ru',
  );
  expect(ru.keys[0]).toBe('hz-bruise-blood');
});

it('leaves bruises from a sport or a fall, dark circles under the eyes and bruised fruit alone', async () => {
  noHazard(
    (await tap('sport', 'Make the first fifteen', "I'm covered in bruises after every match, no idea how.", 'en')).keys,
  );
  noHazard((await tap('sleep', 'Высыпаться', 'Синяки под глазами без причины, постоянно устаю.', 'ru')).keys);
  noHazard(
    (await tap('skill', 'Научиться кататься на роликах', 'Упала в первый же день, теперь синяки, и сил нет.', 'ru'))
      .keys,
  );
  noHazard(
    (await tap('skill', 'Bake banana bread', 'Use up bananas that bruise for no reason in the fruit bowl.', 'en')).keys,
  );
});

it('puts a same-day doctor first for a tar-black stool after months of daily Nimesil', async () => {
  const own = await tap(
    'fitness',
    'Начать делать зарядку для суставов',
    'Мне 63, на пенсии, живём с женой в своём доме в Уссурийске. Колени болят так что на огород хожу как старик, хирург сказал артроз, надо двигаться и худеть. Нимесил пью почти каждый день уже месяца три, без него никак. Ещё последнее время стул чёрный какой-то, как дёготь, думаю от таблеток или от черники, жена её вёдрами с дачи носит. Хочу по утрам минут 20 что-то делать, но не знаю что, чтоб колени не угробить.',
    'ru',
  );
  expect(own.keys.slice(0, 2)).toEqual(['hz-gutbleed-today', 'hz-gutbleed-note']);
});

it('puts the same-day doctor first for other signs of a stomach bleed (en + ru), ahead of the blood-passed steps', async () => {
  const en = await tap(
    'fitness',
    'Get back in shape for summer',
    'I take ibuprofen most days for my back and lately my poo has been black and sticky like tar.',
    'en',
  );
  expect(en.keys[0]).toBe('hz-gutbleed-today');
  const vomit = await tap(
    'career',
    'Finish the quarterly report',
    'This morning I threw up something that looked like coffee grounds, probably the curry.',
    'en',
  );
  expect(vomit.keys[0]).toBe('hz-gutbleed-today');
  const ru = await tap(
    'repair',
    'Переложить плитку в ванной',
    'Пью диклофенак от спины уже месяц, и стул стал чёрный, как дёготь.',
    'ru',
  );
  expect(ru.keys[0]).toBe('hz-gutbleed-today');
  const both = await tap(
    'habit',
    'Walk every evening',
    "I've had black tarry stools since Monday, and I take aspirin daily.",
    'en',
  );
  expect(both.keys.slice(0, 2)).toEqual(['hz-gutbleed-today', 'hz-gutbleed-note']);
  expect(both.keys).not.toContain('hz-blood-doctor');
});

it('leaves black furniture, iron tablets and a newborn’s first stools alone', async () => {
  noHazard((await tap('repair', 'Build a black bar stool', 'Oak, for the kitchen island.', 'en')).keys);
  noHazard((await tap('home', 'Обставить кабинет', 'Купить чёрный стул для кабинета и стол побольше.', 'ru')).keys);
  noHazard(
    (await tap('fitness', 'Walk more', "I'm on iron tablets and my stool is black, the GP says that's normal.", 'en'))
      .keys,
  );
  noHazard(
    (
      await tap(
        'family',
        'Settle into a feeding routine',
        "My newborn's first poos are black and tarry, the midwife says it's meconium.",
        'en',
      )
    ).keys,
  );
});

it('puts the emergency number first for a fever with a stiff neck or a rash that doesn’t fade (en + ru)', async () => {
  const en = await tap(
    'writing',
    'Finish my dissertation',
    'My flatmate has had a high temperature since last night and now she has a stiff neck and the light hurts her eyes.',
    'en',
  );
  expect(en.keys[0]).toBe('hz-meningitis-now');
  const ru = await tap(
    'travel',
    'Поехать на море с дочкой',
    'У дочки с вечера температура 39, а утром шея не гнётся.',
    'ru',
  );
  expect(ru.keys[0]).toBe('hz-meningitis-now');
});

it('leaves a stiff neck from a desk, with no fever or with hay fever, alone', async () => {
  noHazard((await tap('fitness', 'Fix my posture', 'Stiff neck every morning from the laptop, no fever.', 'en')).keys);
  noHazard(
    (await tap('fitness', 'Размять шею после работы', 'Шея не гнётся после сна на сквозняке, температуры нет.', 'ru'))
      .keys,
  );
});

it('puts a doctor today first for severe tummy pain (en + ru)', async () => {
  const en = await tap(
    'exam',
    'Pass my finals',
    "Since last night I've had a pain low on the right side of my tummy and I can't stand up straight. The first exam is Friday.",
    'en',
    ['A university exam'],
  );
  expect(en.keys[0]).toBe('hz-belly-today');
  const ru = await tap(
    'moving',
    'Переехать в новую квартиру',
    'Со вчерашнего вечера болит живот справа внизу, не могу разогнуться, а грузчики на субботу.',
    'ru',
  );
  expect(ru.keys[0]).toBe('hz-belly-today');
});

it('leaves period pain, sore stomach muscles, a stitch and belly fat alone', async () => {
  noHazard(
    (
      await tap(
        'checkup',
        'Get help with my periods',
        "I'm doubled over every month with stomach cramps on the first day of my period.",
        'en',
      )
    ).keys,
  );
  noHazard((await tap('fitness', 'Накачать пресс', 'После тренировки болит живот, не могу разогнуться.', 'ru')).keys);
  noHazard(
    (await tap('fitness', 'Бегать по утрам', 'Колет в правом боку при беге, дикая боль — это нормально?', 'ru')).keys,
  );
  noHazard(
    (await tap('fitness', 'Убрать живот', 'Лишний вес на животе, спина болит, не разогнуться по утрам.', 'ru')).keys,
  );
});

it('puts a malaria test today first for a fever after a trip to a malaria country (en + ru)', async () => {
  const en = await tap(
    'language',
    'Learn Yoruba with my kids',
    "Since we got back from visiting family in Nigeria I've had fevers and shivers, but I want to start lessons.",
    'en',
  );
  expect(en.keys[0]).toBe('hz-feverabroad-today');
  const ru = await tap(
    'writing',
    'Дописать диплом к июню',
    'Вернулась из Танзании неделю назад, знобит и температура 38, но надо дописывать.',
    'ru',
  );
  expect(ru.keys[0]).toBe('hz-feverabroad-today');
});

it('leaves a trip still ahead, hay fever and a cold caught on the plane home from a non-malaria country alone', async () => {
  noHazard(
    (
      await tap(
        'travel',
        'Go on safari in Kenya next year',
        "I'm worried about the malaria tablets and a fever on the trip.",
        'en',
      )
    ).keys,
  );
  noHazard(
    (await tap('habit', 'Run every morning', 'The hay fever since I got back from India is killing me.', 'en')).keys,
  );
  noHazard(
    (await tap('sleep', 'Наладить сон', 'Вернулась из Турции, температура 38 — простыла в самолёте.', 'ru')).keys,
  );
});

it('puts a doctor within a day or two first for yellow skin or eyes (en + ru)', async () => {
  const en = await tap(
    'family',
    'Take my husband to the cup final',
    "His eyes have gone yellowish and he's itchy all the time, but he won't miss the match.",
    'en',
  );
  expect(en.keys[0]).toBe('hz-yellow-doctor');
  const ru = await tap(
    'travel',
    'Съездить к сыну в Тверь',
    'У мужа пожелтели глаза и кожа, моча тёмная, а ехать через неделю.',
    'ru',
  );
  expect(ru.keys[0]).toBe('hz-yellow-doctor');
});

it('leaves yellow things near the eyes alone', async () => {
  noHazard((await tap('creative', 'Learn make-up', 'Yellow eyeshadow for brown eyes?', 'en')).keys);
  noHazard((await tap('creative', 'Связать жёлтый плед', 'Вяжу вечерами, глаза устают, живу в Жёлтом.', 'ru')).keys);
});

describe("St John's wort, 5-HTP or tryptophan with an antidepressant", () => {
  it('leads a sleep goal with asking before the next dose', async () => {
    const { keys, texts } = await tap(
      'sleep',
      'Get back to sleeping six hours a night',
      "I'm 39, a primary teacher in Tauranga, and since the start of term I wake around 2 or 3 and can't get back off. My GP started me on sertraline for anxiety in March, and my sister swears by St John's wort for sleep, so for the last fortnight I've been taking that from the health shop at night as well. I'm dragging myself through the school day and napping in the car at lunch. I want a routine that gets me back to six or seven hours.",
      'en',
    );
    expect(keys.slice(0, 2)).toEqual(['hz-serotonin-ask', 'hz-serotonin-signs']);
    expect(texts[0]).toMatch(/St John's wort/);
    expect(texts[0]).toMatch(/pharmacist/);
  });

  it('leads for other remedies and antidepressants (en + ru)', async () => {
    const en = await tap(
      'fitness',
      'Get back to the gym three times a week',
      "I've been on fluoxetine for a year, and a friend gave me 5-HTP capsules for my mood, so I take two at night.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-serotonin-ask');
    const ru = await tap(
      'sleep',
      'Наладить сон',
      'Полгода пью сертралин, а свекровь заваривает мне на ночь чай со зверобоем — говорит, лучше любых таблеток.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hz-serotonin-ask', 'hz-serotonin-signs']);
    expect(ru.texts[0]).toMatch(/зверобо/);
    expect(named('Принимаю Золофт и начала пить триптофан из интернета, чтобы лучше спать.')).toContain(
      'serotonin_mix',
    );
  });

  it('stays out of either alone, a remedy instead of the medicine, and one the person turns down', async () => {
    noHazard(
      (
        await tap(
          'sleep',
          'Sleep better',
          "My sister swears by St John's wort, but I'm on sertraline, so I won't take it.",
          'en',
        )
      ).keys,
    );
    for (const text of [
      'Instead of antidepressants, my GP agreed I could try St John’s wort for a mild low mood.',
      'I take sertraline for anxiety and want a wind-down routine before bed.',
      'Хожу в лес собирать зверобой и мяту, хочу засушить на зиму.',
      'Я пила зверобой от хандры, а врач предложил антидепрессанты — пока не начинала их.',
    ])
      expect(named(text)).not.toContain('serotonin_mix');
  });
});

describe('a sudden, very severe headache (a thunderclap)', () => {
  it('leads a lifting goal with an urgent check and no heavy lifting, and drops filming a working set', async () => {
    const { keys, texts } = await tap(
      'sport',
      'Total 450 kg at my first powerlifting meet',
      "I'm 35, a joiner in Drogheda, lifting four days a week for three years; I'm around 180 squat, 110 bench, 210 deadlift. The meet is a novice comp in April and I want to hit my numbers without burning out. Last Tuesday on a heavy single my head felt like it got hit with a bat right at lockout and it pounded the rest of the evening, so I think my breathing and bracing need sorting too.",
      'en',
      ['Lifting more'],
    );
    expect(keys.slice(0, 2)).toEqual(['hz-thunder-now', 'hz-thunder-hold']);
    expect(texts[0]).toMatch(/heavy lifting/);
    expect(keys).not.toContain('sport-lift-form');
  });

  it('leads for other wordings of the sudden headache (en + ru)', async () => {
    const en = await tap(
      'fitness',
      'Get stronger for my 40th',
      'Mid-deadlift last week I got the worst headache I’ve ever had, out of nowhere, and it lasted hours.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-thunder-now');
    const ru = await tap(
      'sport',
      'Выступить на первенстве города по пауэрлифтингу',
      'На прошлой неделе на становой тяге голову как будто битой ударили, весь вечер раскалывалась. Думаю, дело в дыхании.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hz-thunder-now', 'hz-thunder-hold']);
    expect(ru.texts[0]).toMatch(/103 или 112/);
    expect(named('Во время жима внезапно заболела голова, как удар, потом ныла до ночи.')).toContain('headache_sudden');
  });

  it('gives way to the stroke steps when a stroke’s signs come with it, and leads instead of the headache-and-sight steps', () => {
    const stroke = 'Worst headache of my life this morning, and my face drooped on one side for a minute.';
    expect(named(stroke)).toEqual(expect.arrayContaining(['stroke_now', 'headache_sudden']));
    expect(leadKeys(stroke)).toEqual(['hz-stroke-now', 'hz-stroke-card']);
    const sight = 'A sudden severe headache hit me at work, and since then my vision is blurry.';
    expect(named(sight)).toEqual(expect.arrayContaining(['headache_vision', 'headache_sudden']));
    expect(leadKeys(sight)).toEqual(['hz-thunder-now', 'hz-thunder-hold']);
  });

  it('stays out of everyday headaches, feeling hit by a truck and a thunderclap in the sky', () => {
    for (const text of [
      'I get a dull headache after long sessions if I forget to drink water.',
      'I felt like I got hit by a truck after the flu, with a headache for days.',
      'A thunderclap in the night woke the kids, and now they won’t sleep in their room.',
      'У меня бывают головные боли при смене погоды, хочу наладить сон.',
      'Как будто ударили под дых, когда узнала о сокращении; хочу найти новую работу.',
    ])
      expect(named(text)).not.toContain('headache_sudden');
  });
});

describe('Hajj without a permit, or in the heat with an older or ill traveller', () => {
  it('leads the pilgrimage with the official route and a doctor, then the heat', async () => {
    const { keys, texts } = await tap(
      'travel',
      'Съездить с мамой на хадж',
      'Мне 41, маме 66, живём в Джалал-Абаде. По квоте очередь на несколько лет, а мама хочет успеть, пока ходит. Знакомый в Оше возит людей по рабочей визе, выходит втрое дешевле: довезут до Мекки, а там уже сами, без лагеря и палаток, говорит, все так ездят. У мамы давление и колени, жару она переносит тяжело. Хочу всё спланировать, чтобы ей было полегче.',
      'ru',
      ['Паломничество'],
    );
    expect(keys.slice(0, 2)).toEqual(['hz-hajj-official', 'hz-hajj-heat']);
    expect(texts[0]).toMatch(/разрешени/);
    expect(texts[0]).toMatch(/врачу/);
  });

  it('leads for other wordings (en + ru)', async () => {
    const en = await tap(
      'travel',
      'Take my dad to Hajj',
      'A friend can get us to Mecca for Hajj on a visit visa, much cheaper, and we’d sleep outside the camps. Dad is 70.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-hajj-official');
    const ru = await tap(
      'family',
      'Отправить маму с братом на хадж',
      'Брат хочет поехать на хадж по туристической визе, говорит, так дешевле. Мама поедет с ним, у неё диабет.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hz-hajj-official', 'hz-hajj-heat']);
    expect(named('Taking my mum (72, heart condition) on Umrah in July; she struggles in the heat.')).toContain(
      'hajj_unregistered',
    );
  });

  it('stays out of an official Hajj, Umrah on a tourist visa and the Mecca of surfing', () => {
    for (const text of [
      'Хотим с мужем на хадж по квоте через ДУМ, группа и врач есть, всё официально.',
      'We want to do Hajj with my dad next year through the official quota; he has high blood pressure and the group has a doctor.',
      'Going for Umrah on a tourist visa in December with my husband, flights booked via an agency.',
      'Бали — это Мекка для сёрферов, летом жара, хочу научиться стоять на доске.',
      'Saving for Hajj in five years — I want to put aside £100 a month.',
    ])
      expect(named(text)).not.toContain('hajj_unregistered');
  });
});

describe('exercise started again after a recent operation', () => {
  const ru10 = 'Мне 67, на пенсии, Гомель. Раньше всю жизнь делала, после операции на колене забросила.';

  it('reads the goal as written, and its path asks the surgeon first with no cat on all fours', async () => {
    expect(named(`Делать зарядку по утрам. ${ru10}`)).toContain('exercise_after_op');
    const { keys, texts } = await tap('habit', 'Делать зарядку по утрам', ru10, 'ru', ['Растяжка']);
    // The habit kind's own operated-joint step (`op_joint`) may ask it; the hazard gives way to it then.
    expect(['hz-op-ask', 'hab-op-ask']).toContain(keys[0]);
    expect(texts[0]).toMatch(/хирург/);
    expect(keys).not.toContain('hab-stretch-setup');
  });

  it('leads a habit goal after a heart operation, and drops the kneeling stretch card (ru)', async () => {
    const { keys, texts } = await tap(
      'habit',
      'Делать зарядку каждое утро',
      'В марте перенесла операцию на сердце, шунтирование. Хочу снова начать делать зарядку, как раньше.',
      'ru',
      ['Растяжка'],
    );
    expect(keys.slice(0, 2)).toEqual(['hz-op-ask', 'hz-op-cleared']);
    expect(texts[0]).toMatch(/реабилитолог/);
    expect(keys).not.toContain('hab-stretch-setup');
  });

  it('leads a running goal after knee surgery (en + ru)', async () => {
    const en = await tap(
      'sport',
      'Run a 5k again by summer',
      'Six weeks ago I had keyhole surgery on my knee for a torn meniscus, and I want to get back to running three times a week.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-op-ask');
    expect(en.texts[0]).toMatch(/surgeon's team or your physio/);
    const ru = await tap(
      'sport',
      'Вернуться к пробежкам',
      'Два месяца назад прооперировали колено, мениск. Хочу снова бегать по утрам, хотя бы по 3 км.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hz-op-ask', 'hz-op-cleared']);
    expect(named('Had my hip replacement in May and I want to start Pilates at the leisure centre.')).toContain(
      'exercise_after_op',
    );
    expect(named('Get walking properly again after my hip replacement. Op was six weeks ago.')).toContain(
      'exercise_after_op',
    );
  });

  it('gives way to fitness’s own steps for getting active after an operation', async () => {
    const { keys } = await tap(
      'fitness',
      'Get fit again',
      'Had an operation on my hernia two months ago and I want to start working out at home.',
      'en',
      ['Getting active after an operation'],
    );
    expect(keys).toContain('fit-op-clear');
    expect(keys).not.toContain('hz-op-ask');
  });

  it('stays out of an operation long ago, cleared or still to come, a pet’s, and no exercise', async () => {
    noHazard(
      (
        await tap(
          'fitness',
          'Lose three stone before my knee replacement',
          "The surgeon won't operate until my BMI is under 35 and I'm at 39. Walking hurts so I can't just go for a run, and I'm 61.",
          'en',
        )
      ).keys,
    );
    for (const text of [
      'I had knee surgery ten years ago and it’s fully healed; I want to start running.',
      'Get back in shape after knee surgery. Cleared by my doctor last month.',
      'Rebuild core strength after hernia surgery. The surgeon says I can start gentle exercise.',
      'I’m on the waiting list for a hip replacement and want to keep my exercises going until then.',
      'Предстоит операция на колене в мае, хочу до неё укрепить мышцы упражнениями.',
      'После операции на спине прошло полгода, врач разрешил заниматься — хочу в зал.',
      'Собаке сделали операцию, теперь гуляем мало, а мне самой надо начать бегать.',
      'Папа поживёт у меня месяц после операции, боюсь, что мы поругаемся.',
    ])
      expect(named(text)).not.toContain('exercise_after_op');
  });
});

describe('Umrah in the cool months is no Hajj without a permit', () => {
  it('gives a December Umrah with a diabetic mother no Hajj permit and summer heat', async () => {
    const { keys } = await tap(
      'travel',
      'Take my mother for Umrah in December',
      "My mother is 68 and diabetic, she has wanted to go for Umrah all her life. I'm in Faisalabad and have been saving since last year. December because it's cooler. I don't know whether to go through an agent or arrange it myself, and how to manage her walking and her insulin over there.",
      'en',
    );
    expect(keys).not.toContain('hz-hajj-official');
    expect(keys).not.toContain('hz-hajj-heat');
    for (const text of [
      'Dad wants Umrah this winter, he has a heart condition and walks slowly.',
      'Umrah with my father in December because it’s cooler there — he is diabetic.',
      'Хочу свозить маму на умру в январе, у неё диабет и давление.',
      'Зимой на умру с папой, у него сердце, хочу всё продумать.',
    ])
      expect(named(text)).not.toContain('hajj_unregistered');
  });

  it('still reads an Umrah in the heat, now «на умру» too, and a winter month that is not the Umrah’s', () => {
    for (const text of [
      'Свозить маму на умру в июле, у неё давление, жару переносит плохо.',
      'Taking my mum (72, heart condition) on Umrah in July; she struggles in the heat.',
      'In January I’ll pay a man who takes people to Hajj on a visit visa; Mum is 70.',
    ])
      expect(named(text)).toContain('hajj_unregistered');
  });
});

describe("someone else's prescription medicine", () => {
  it("leads a sleep goal with a crewmate's sleeping pills", async () => {
    const { keys } = await tap(
      'sleep',
      'Sleep properly on my two-week rotation',
      "I'm 29 and work fly-in fly-out at a diamond mine north of Yellowknife, two weeks on, two weeks off, 12-hour shifts that flip between days and nights. In summer it barely gets dark at camp and I'm lucky to get five hours. When I get home I sleep all day for three days and then I'm a zombie with my girlfriend. A guy on my crew gave me some sleeping pills from his own prescription but I don't want to go that route.",
      'en',
    );
    expect(keys[0]).toBe('hz-notmine-dont');
  });

  it('leads for another wording (en + ru)', async () => {
    const en = await tap(
      'fitness',
      'Get back to the gym',
      "My back is bad so I've been borrowing my mum's painkillers before sessions.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-notmine-dont');
    const ru = await tap(
      'sleep',
      'Наладить сон',
      'Не сплю до трёх ночи. Соседка дала своё снотворное, пью его через день.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-notmine-dont');
  });

  it('stays out when a doctor prescribed them', () => {
    expect(named('My GP prescribed me sleeping pills for two weeks; the doctor gave me a short course.')).not.toContain(
      'meds_not_mine',
    );
    expect(named('Врач выписал мне снотворное на две недели.')).not.toContain('meds_not_mine');
  });
});

describe('a blood-pressure pill taken only "when I remember"', () => {
  it('leads a check-up goal', async () => {
    const { keys } = await tap(
      'checkup',
      'Пройти диспансеризацию',
      'Мне 64, живу в деревне в Свердловской области. ФАП у нас закрыли, до поликлиники в райцентре 40 км, автобус два раза в день. Давление скачет, пью эналаприл, когда вспоминаю, анализы не сдавал года три. Дочь настаивает, чтобы я наконец прошёл всё по полной.',
      'ru',
    );
    expect(keys[0]).toBe('hz-bpstop-doctor');
  });

  it('leads for another wording and stays out of a daily pill', () => {
    expect(named('I take my amlodipine when I remember, maybe four days a week.')).toContain('bp_meds_stopped');
    expect(named('Пью лозартан каждый день утром, давление в норме.')).not.toContain('bp_meds_stopped');
  });
});

describe('snus, nasvay or chewing tobacco with a sore mouth', () => {
  it('leads both quit goals', async () => {
    const snus = await tap(
      'quit',
      'бросить снюс',
      '22 года, склад в питере, пачка уходит за два дня, десна уже болит',
      'ru',
    );
    expect(snus.keys[0]).toBe('hz-oral-dentist');
    const nasvay = await tap(
      'quit',
      'Бросить насвай',
      'мне 19, живу в кишлаке под Кулябом, начал в 14 как все пацаны. сейчас по 6-7 раз в день, дёсны болят и зубы портятся. в апреле еду на заработки в россию и хочу уже без этого. пробовал бросить сам неделю держался.',
      'ru',
    );
    expect(nasvay.keys[0]).toBe('hz-oral-dentist');
  });

  it('leads for another wording (en)', async () => {
    const { keys } = await tap(
      'quit',
      'Quit chewing tobacco',
      "Ten years of chewing tobacco, and there's a white patch inside my lip where I keep it.",
      'en',
    );
    expect(keys[0]).toBe('hz-oral-dentist');
  });

  it("stays out of a smoker's sore gums and a patch the dentist has seen", () => {
    expect(named('I smoke 20 a day and my gums bleed when I brush.')).not.toContain('oral_tobacco_mouth');
    expect(named('Quit gutka: my dentist found a white patch last month and said it has to stop.')).not.toContain(
      'oral_tobacco_mouth',
    );
  });
});

describe('glaucoma in the family and an eye test', () => {
  it('leads the eye-test goal', async () => {
    const { keys } = await tap(
      'checkup',
      'Get my eyes tested and proper glasses',
      'I am 57 and teach Standard 6 in a primary school outside Moshi. The blackboard and my marking have become blurry and I use cheap reading glasses from the market. The last time I saw an eye doctor was 2015. The nearest eye clinic is at KCMC and I have to take a day off and two daladalas to get there. My brother has glaucoma, so I worry.',
      'en',
    );
    expect(keys[0]).toBe('hz-glaucoma-ask');
  });

  it('leads for another wording (ru)', async () => {
    const { keys } = await tap(
      'checkup',
      'Проверить зрение',
      'Мне 50, стал хуже видеть вблизи. У мамы была глаукома.',
      'ru',
    );
    expect(keys[0]).toBe('hz-glaucoma-ask');
  });

  it("stays out of one's own known glaucoma and of a relative's care", () => {
    expect(named('I have glaucoma and keep forgetting my eye drops; my mum reminds me.')).not.toContain(
      'glaucoma_family',
    );
    expect(named('Drive my dad to his glaucoma appointments every month.')).not.toContain('glaucoma_family');
  });
});

describe('training on a joint under treatment', () => {
  it('leads the paddle goal and drops the interval session', async () => {
    const { keys } = await tap(
      'sport',
      'Paddle the full Murray Marathon',
      "45, Mildura. Been kayaking for 6 years and did the 111 km Classic once. Now I want to do the full 5 days / 404 km in December, solo in a K1. Longest back-to-back I've done is 2 x 40 km. Had a cortisone shot in my right shoulder in February and the physio says build slowly. I work full time as a pharmacist so weekdays are tight.",
      'en',
    );
    // sport's `past_injury` now reads the cortisone shot and the physio's "build slowly", so the hazard gives way
    // (`yields`) and the sport path's own physio step, which carries the injection's caution, leads.
    expect(keys[0]).toBe('sport-injury-check');
    expect(keys).not.toContain('sport-07');
  });

  it('leads for another wording (ru)', async () => {
    const { keys } = await tap(
      'sport',
      'Пробежать полумарафон в мае',
      'Месяц назад сделали укол в колено (дипроспан), тренируюсь три раза в неделю.',
      'ru',
    );
    expect(keys[0]).toBe('sport-injury-check');
  });

  it('stays out when the physio has cleared the training', () => {
    expect(named('Had a cortisone shot in my knee last spring; the physio cleared me to race.')).not.toContain(
      'joint_under_treatment',
    );
  });
});
