import { describe, expect, it } from 'vitest';
import { hazardKeys, tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

// content/goals/hazards/health.yaml: signs of illness and medicine dangers named in passing lead the path of a goal of
// any kind; where the kind already leads with the doctor for the same sign, the kind's own step stands.
const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);
const noHazard = (keys: string[]) => expect(hazardKeys(keys)).toEqual([]);

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
