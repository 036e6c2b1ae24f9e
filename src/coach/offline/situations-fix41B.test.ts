import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const some = (keys: string[], prefix: string) => keys.filter((key) => key.startsWith(prefix));

describe('the forty-first blind read, fixed in general (helper fix41B)', () => {
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
    expect(some(en.keys, 'soc-board')).toEqual([]);
    // Someone looking for partners where people already play keeps the players' steps.
    const near = await tap(
      'social',
      'Find people to play chess with in the park',
      'I moved here in May and I play most evenings online.',
    );
    expect(near.keys[0]).toBe('soc-board-where');
  });

  it('plays with the older child while a baby takes the day — no baby-care template, no housework shared out', async () => {
    const ru = await tap(
      'family',
      'Больше играть с сыном, а не только кормить и укладывать',
      'Мне 29, я в декрете со вторым: дочке четыре месяца, сыну три года. Весь день кручусь между кормлениями, стиркой и готовкой, а сыну достаётся «подожди» и мультики.',
      'ru',
    );
    expect(some(ru.keys, 'fam-baby')).toEqual([]);
    expect(some(ru.keys, 'fam-chores')).toEqual([]);
    const en = await tap(
      'family',
      'Play with my son properly again',
      'He is three and our daughter is 2 months old; he gets cartoons while I do the night feeds and the laundry.',
      'en',
    );
    expect(some(en.keys, 'fam-baby')).toEqual([]);
    // A goal about the baby keeps the baby's own steps.
    const near = await tap(
      'family',
      'Bond with my newborn daughter',
      "She's six weeks old and I'm back at work on Monday.",
    );
    expect(some(near.keys, 'fam-baby').length).toBeGreaterThan(0);
  });

  it('spends the holidays a grandchild comes for — no weekly after-school slot, never "call your parents" to a grandparent', async () => {
    const en = await tap(
      'family',
      'Spend the school holidays properly with my grandson from Honiara',
      "I'm 66 and live in our village on Malaita. My grandson is 12 and comes to us for the Christmas holidays, because his parents both work in Honiara. Last year he spent six weeks looking for phone signal.",
      'en',
      ['Time with the grandchildren'],
    );
    expect(en.keys[0]).toBe('fam-gstay-list');
    expect(en.keys).not.toContain('fam-grand-regular');
    expect(en.keys).not.toContain('fam-01');
    const ru = await tap(
      'family',
      'Провести с внуком зимние каникулы',
      'Мне 67, внук приезжает к нам на зимние каникулы из Москвы, его родители работают. В прошлом году всё время сидел в телефоне.',
      'ru',
      ['Время с внуками'],
    );
    expect(ru.keys[0]).toBe('fam-gstay-list');
    expect(ru.keys).not.toContain('fam-01');
  });

  it('agrees a return to work with the husband — the offer and childcare, a talk alone, a trial, who tells his mother — not past quarrels', async () => {
    const ru = await tap(
      'family',
      'Договориться с мужем, чтобы я вышла на работу',
      'Живу в доме мужа, с его родителями. В школе рядом нужна учительница, меня зовут. Свекровь говорит, что келин должна быть дома. Сыну два года. Хочу поговорить с мужем так, чтобы без скандала.',
      'ru',
    );
    expect(ru.keys.slice(0, 4)).toEqual(['fam-job-facts', 'fam-job-alone', 'fam-job-trial', 'fam-job-elders']);
    expect(ru.keys).not.toContain('fam-25');
    const en = await tap(
      'family',
      'Persuade my husband to let me go back to work',
      'His mother lives with us and says a wife belongs at home, and he never argues with her. Our daughter is three.',
      'en',
    );
    expect(en.keys[0]).toBe('fam-job-facts');
    // Rows with the husband keep the quarrel steps.
    const near = await tap(
      'family',
      'Stop fighting with my husband',
      'We argue every evening about money and end up shouting.',
    );
    expect(near.keys).toContain('fam-25');
    expect(some(near.keys, 'fam-job')).toEqual([]);
  });

  it('never asks a grandparent whose son has died to talk to that son: a letter to the parent raising the children', async () => {
    const ru = await tap(
      'recovery',
      'Невестка не даёт видеться с внуками после гибели сына',
      'Мне 63. Сын погиб на работе в позапрошлом году, внукам 6 и 9. Невестка вышла замуж, переехала и перестала отвечать на звонки.',
      'ru',
    );
    expect(ru.keys).not.toContain('rec-gp-parent');
    expect(ru.keys).toContain('rec-gp-widowed');
    const en = await tap(
      'recovery',
      'See my grandchildren again',
      "Since our son died two years ago, his wife won't let us see our grandchildren and sends our cards back.",
    );
    expect(en.keys).not.toContain('rec-gp-parent');
    expect(en.keys).toContain('rec-gp-widowed');
    // A son who is alive is still asked gently.
    const near = await tap(
      'recovery',
      'See my grandchildren again',
      "Our son's ex-wife stopped us seeing our grandchildren after the divorce; our son only sees them every other weekend.",
    );
    expect(near.keys).toContain('rec-gp-parent');
    expect(near.keys).not.toContain('rec-gp-widowed');
  });

  it('takes up a post one is invited to, with the retraining it needs — no job ads or CV headline', async () => {
    const ru = await tap(
      'career',
      'Уйти из сварщиков в мастера производственного обучения',
      'Мне 44, двадцать пять лет сварщиком. В нашем политехническом колледже ищут мастера п/о по сварке и зовут меня, но нужна педагогическая переподготовка, а у меня только техникум.',
      'ru',
    );
    expect(ru.keys).toContain('car-offer-retrain');
    expect(ru.keys).toContain('car-offer-talk');
    expect(ru.keys).not.toContain('car-03');
    expect(ru.keys).not.toContain('car-04');
    const en = await tap(
      'career',
      'Leave welding to teach at the college',
      "The college has invited me to apply as a welding instructor, but I'd need a teaching qualification first.",
    );
    expect(en.keys).toContain('car-offer-retrain');
    // An offer that needs no retraining keeps its own steps without it.
    const near = await tap(
      'career',
      'Go back to teaching at the village school',
      'I taught physics there for ten years; the head has hinted she would take me on from September.',
    );
    expect(near.keys).toContain('car-offer-talk');
    expect(near.keys).not.toContain('car-offer-retrain');
  });

  it('writes a first CV, not a trial before applying, when the work ends and no CV was ever made', async () => {
    const en = await tap(
      'career',
      'Find work now our tea estate is closing',
      "I'm 44 and have been a field supervisor on a tea estate for 20 years. The garden will shut after this season and nobody knows what comes next. I have never made a CV.",
    );
    expect(en.keys).not.toContain('car-ch-try');
    expect(en.keys).toContain('car-nocv-build');
    const ru = await tap(
      'career',
      'Найти работу, когда закроют наш леспромхоз',
      'Двадцать лет мастером участка, леспромхоз закрывают осенью. Не знаю, кем работать, резюме никогда не писал.',
      'ru',
    );
    expect(ru.keys).not.toContain('car-ch-try');
    // Someone with a CV exploring a change still tries the role cheaply.
    const near = await tap(
      'career',
      'Figure out what comes next after teaching',
      "I've taught maths for twelve years and I'm done with it; no idea what else I could do.",
    );
    expect(near.keys).toContain('car-ch-try');
  });

  it('quits buying packs in a game with the card and the moment of buying, not the phone by the bed', async () => {
    const en = await tap(
      'quit',
      'Quit buying packs in EA FC',
      'Last month it came to £340 and I had to borrow off my sister for my phone bill. I want a full season without buying a single pack.',
    );
    expect(en.keys[0]).toBe('quit-spend-card');
    expect(en.keys).not.toContain('quit-phone-bedroom');
    const ru = await tap(
      'quit',
      'Перестать покупать паки в FC Mobile',
      'За месяц ушло восемь тысяч, телефон не выпускаю из рук.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-spend-card');
    expect(ru.keys).not.toContain('quit-phone-bedroom');
    // Scrolling in bed keeps the charger out of the bedroom.
    const near = await tap('quit', 'Stop scrolling my phone in bed', 'I lie there on TikTok until one every night.');
    expect(near.keys).toContain('quit-phone-bedroom');
  });

  it('stops gossiping at work without a phone-free break: «на работе» names the place, not the phone', async () => {
    const ru = await tap(
      'quit',
      'Перестать сплетничать на работе',
      'Работаю в регистратуре, нас пятеро в одном кабинете, и всё общение — кто с кем, кто сколько получает. Я втягиваюсь, а потом стыдно.',
      'ru',
    );
    expect(ru.keys).not.toContain('quit-phone-day');
    const en = await tap(
      'quit',
      'Stop gossiping at work',
      'Everyone in our office talks about whoever is off sick, and I join in at lunch.',
      'en',
      ['Phone at lunch'],
    );
    expect(en.keys).not.toContain('quit-phone-day');
    // The phone at lunch keeps the phone-free break.
    const near = await tap(
      'quit',
      'Stop scrolling on my phone at lunch',
      'I spend my whole lunch break on Instagram.',
      'en',
      ['Phone at lunch'],
    );
    expect(near.keys).toContain('quit-phone-day');
  });

  it('quits a phone game played late with a last-match time, not TV autoplay', async () => {
    const ru = await tap('quit', 'бросить mobile legends', 'сижу до 3 ночи а в мае огэ', 'ru');
    expect(ru.keys).toContain('quit-late-match');
    expect(ru.keys).not.toContain('quit-late-autoplay');
    const en = await tap('quit', 'Quit Brawl Stars', "I'm up playing it until 3am and then can't get up for school.");
    expect(en.keys).toContain('quit-late-match');
    expect(en.keys).not.toContain('quit-late-autoplay');
    // Series watched late keep the autoplay step.
    const near = await tap(
      'quit',
      'Stop binge-watching until 2am',
      'One more episode always turns into four on the sofa.',
    );
    expect(near.keys).toContain('quit-late-autoplay');
    expect(near.keys).not.toContain('quit-late-match');
  });

  it('takes up set fast days again without the medicine-adherence template', async () => {
    const en = await tap(
      'habit',
      'Go back to fasting Mondays and Thursdays',
      "I'm 61. I kept the Monday and Thursday fasts for thirty years and let them go. The doctor has me on metformin and gliclazide, morning and evening.",
    );
    expect(some(en.keys, 'hab-pills')).toEqual([]);
    expect(some(en.keys, 'hab-set')).toEqual([]);
    expect(en.keys).toContain('hz-fastdiab-doctor');
    const ru = await tap(
      'habit',
      'Снова поститься по понедельникам',
      'Раньше держал пост по понедельникам, потом бросил. Пью метформин утром и вечером.',
      'ru',
    );
    expect(some(ru.keys, 'hab-pills')).toEqual([]);
    // Taking the medicine is still the adherence path.
    const near = await tap('habit', 'Take my metformin every day', 'I keep forgetting the evening tablet.');
    expect(some(near.keys, 'hab-pills').length).toBeGreaterThan(0);
  });

  it('sleeps at boarding school with what a pupil controls — earplugs, the prefect, lights-out, a nap — not her own alarms', async () => {
    const en = await tap(
      'sleep',
      'Get enough sleep at boarding school',
      "I'm 16, Form 3. Lights out is at 10 but the Form 4s talk and play music till past midnight, and the bell for morning preps goes at 4:30.",
    );
    expect(en.keys.slice(0, 4)).toEqual([
      'sleep-board-plugs',
      'sleep-board-ask',
      'sleep-board-lights',
      'sleep-board-nap',
    ]);
    for (const key of ['sleep-wake', 'sleep-bedtime', 'sleep-screens', 'sleep-routine'])
      expect(en.keys).not.toContain(key);
    const ru = await tap(
      'sleep',
      'Высыпаться в интернате',
      'Мне 15, живу в интернате. Отбой в 22, но девочки болтают до часу, а подъём в 6:30.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sleep-board-plugs');
    expect(ru.keys).not.toContain('sleep-wake');
    // A student at home keeps the wake-up time.
    const near = await tap(
      'sleep',
      'Wake up at 6 every day',
      "I'm 16 and I keep sleeping through my alarm before school.",
    );
    expect(near.keys).toContain('sleep-wake');
  });

  it('reads running last done in the army as a beginner’s start, and "without injury" as no injury', async () => {
    const ru = await tap('fitness', 'Снова начать бегать', 'Мне 36, последний раз бегал в армии.', 'ru');
    expect(ru.keys).not.toContain('fit-23');
    expect(ru.keys).not.toContain('fit-24');
    const en = await tap('fitness', 'Start running again', "I'm 38 and I last ran in the army.");
    expect(en.keys).not.toContain('fit-23');
    // A break of a year keeps the restart at half.
    const near = await tap(
      'fitness',
      'Get back into running',
      'I used to run 5k twice a week two years ago, then stopped when we moved.',
    );
    expect(near.keys).toContain('fit-23');

    const race = await tap(
      'sport',
      'Пробежать Пермский марафон в августе',
      'Мне 42, бегаю пятый год, два полумарафона за 1:52. Бегаю три раза в неделю, больше 25 км пока не бегал. Хочу добежать без стены и без травм.',
      'ru',
      ['Уже тренируюсь'],
    );
    expect(race.keys).not.toContain('sport-injury-check');
    const raceEn = await tap(
      'sport',
      'Run the Berlin marathon in September',
      "I've run for six years, three half marathons. I want to get round without injury this time.",
      'en',
      ['Already training'],
    );
    expect(raceEn.keys).not.toContain('sport-injury-check');
    // An injury had keeps the physio first.
    const hurt = await tap(
      'sport',
      'Run the Berlin marathon in September',
      "I've run for six years, but my old Achilles injury flared up last spring.",
      'en',
      ['Already training'],
    );
    expect(hurt.keys).toContain('sport-injury-check');
  });
});
