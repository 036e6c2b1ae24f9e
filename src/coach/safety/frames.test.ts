import { describe, expect, it } from 'vitest';
import { patternFloor } from './crisis-check.js';
import { patternText } from './crisis-patterns.js';
import { isHopefulGoal } from './frames.js';

const floor = (text: string) => patternFloor(patternText(text));

describe('crisis words in a frame that is not about the writer now', () => {
  it.each([
    'The news said a man on our street tried to kill himself, and the article called it suicide.',
    'My essay on Hamlet: Ophelia is suicidal long before the river.',
    'Pharmacology lecture today was about suicide risk after an overdose of paracetamol.',
    'I volunteer on a helpline; a caller said she wanted to kill herself and we talked for an hour.',
    'I used to self-harm in school. Five years clean now and proud of it.',
    'Смотрели фильм, где героиня хочет покончить с собой, написала рецензию.',
    'Раньше я причиняла себе вред, три года без этого.',
    'Read that the actor took his own life last spring; the piece ended with a helpline number.',
    'Walking ten miles for suicide prevention next month, raising money for the crisis team.',
    'Two years clean from self-harm. Now I barely remember the urge.',
    'Вчера на тренинге волонтёров обсуждали, как спросить человека о мыслях о суициде.',
    'Подруга рассказала, что её соседка пыталась покончить с собой. Девушку спасли, она в больнице.',
    'Три года назад пыталась покончить с собой. Сейчас у меня работа и собака, и я рада, что выжила.',
    'My dissertation is on suicide among young farmers; chapter two is due in May.',
    'In 2014 I tried to kill myself. This spring I finished my degree.',
    'Курсовая про самоповреждения у подростков, нужен список литературы.',
    'В 2012 хотела покончить с собой, а сегодня у меня свадьба.',
    'Отзыв на роман: много сцен, где героиня хочет покончить с собой, читать тяжело.',
    'The radio ran a segment on the opioid overdose crisis in small towns.',
    'Twelve hours on a psychiatric ward, one patient on suicide watch, home now with toast.',
    'Organising a vigil for the families who lost their sons to suicide this year.',
    'Read the overdose warning on the box twice, then measured the kids’ dose with the syringe.',
    'Два года без самоповреждений, отметили с подругой тортом.',
    'Раньше думала о суициде каждый день, сейчас уже три года как нет этих мыслей.',
    'Энергетики литрами — это самоубийство для печени, пора бросать.',
    'Хотела прибить его прямо на собрании, но сдержалась и промолчала.',
    'Could have strangled him at the handover, but I bit my tongue and drove home.',
    'Going that fast into a pitch meeting would be career suicide.',
    "Haven't self-harmed in over a year; booked a sleeveless dress for the wedding.",
    'Found my old diaries from 2016 where I wrote about suicide every night. So glad that girl kept going.',
    'Полгода как я не режу себя, сегодня купила футболку с коротким рукавом.',
    'Год без селфхарма, мама испекла пирог.',
    'Role-played a caller who wanted to die at the nightline training; the debrief helped.',
    'Our poetry group read poems about wanting to die this week.',
    '3 yrs clean from self-harm today, bought a short-sleeved shirt.',
    'Учусь на психолога, разбираем случаи суицида у подростков.',
    'Раньше руки себе резала, теперь пять лет без этого и ношу футболки.',
    'Услышала по телику, что в соседнем городе мужчина пытался покончить с собой.',
    'Прочитал в ленте: подросток прыгнул с крыши в соседнем районе.',
    '18 months self-harm free today, booked a swim.',
    'Вот уже год не режусь, купила платье без рукавов.',
    'Support group tonight, a newcomer talked about his self-harm and I mostly listened.',
    'Peer group meets tonight. The topic is life after a suicide attempt.',
    'Ward shift done. I did two suicide risk assessments and handed over.',
    'When I was 17 I tried to kill myself. Now I coach a girls’ football team.',
    'Когда мне было 16, я резала себе руки. Теперь работаю школьным психологом.',
    'Shoot my boss at paintball on Saturday 😄',
    'Застрелить начальника в пейнтболе на корпоративе',
    'Не режусь уже 400 дней, записалась в бассейн.',
    'Not cut in 300 days, went swimming with the kids.',
  ])('goes to the model instead of flagging outright: %j', (text) => expect(floor(text)).toBeUndefined());

  it.each([
    ['I used to cut, but last night I cut myself again', 'self_harm'],
    ['Saw a film about it. I want to kill myself.', 'ideation'],
    ['For my first-aid course: I have saved up my sleeping pills for tonight', 'plan'],
    ['Раньше было легче. Хочу покончить с собой.', 'ideation'],
    ['Курсы первой помощи, но я накопила таблеток снотворного', 'plan'],
    ['Watched the news about him. Yesterday I wanted to kill myself.', 'ideation'],
    ['Смотрела кино про него. Хочется покончить с собой.', 'ideation'],
    ['Фильм про неё посмотрела. Вчера хотела покончить с собой.', 'ideation'],
    ['В новостях писали про него. Убью его.', 'harm_others'],
    ['Read the article about the school. My husband hits my son.', 'child_danger'],
    ['Saw the news about her, and I want to kill her.', 'harm_others'],
    ['Раньше пил, а теперь хочу покончить с собой.', 'ideation'],
    ['Three years clean, but now I want to kill myself.', 'ideation'],
    ['Хотела прибить его, но сдержалась. Завтра убью его.', 'harm_others'],
    ['Read the label twice. I have saved enough pills to overdose tonight.', 'plan'],
    ['Год без срывов был, а вчера опять порезала себе руки.', 'self_harm'],
    ['Goal: go a month without self-harm, I cut again on Sunday', 'self_harm'],
    ['Продержаться месяц без селфхарма, сейчас режу руки почти каждый день', 'self_harm'],
    // Russian puts the object first as often as not.
    ['Опять руки себе режу по ночам, никто не знает.', 'self_harm'],
    ['себя режу когда всё достаёт', 'self_harm'],
    ['Stop wanting to die', 'ideation'],
    ['Перестать хотеть умереть', 'ideation'],
    ['Giving my guitar to my brother, I won’t need it where I’m going', 'goodbye'],
    ['Раздала вещи, мне они не понадобятся там, куда я ухожу', 'goodbye'],
    ['Прыгну с моста после суда', 'plan'],
    ['Вчера ночью чуть не прыгнула с балкона', 'plan'],
    ['Support group tonight, and after it I cut myself again', 'self_harm'],
    ['Five years clean, now I want to kill myself', 'ideation'],
    // A relapse word keeps the floor whoever seems to be named beside it: Russian leaves the "I" out.
    ['Год без селфхарма. Вчера он опять орал, опять режу себе руки.', 'self_harm'],
    // A game frames a threat said inside it, never the writer's own life, and never a threat said beside it.
    ['Not even video games help anymore, I just want to die.', 'ideation'],
    ['Даже в игре не могу отвлечься, хочу умереть.', 'ideation'],
    ["When he's passed out after his video games I will stab him", 'harm_others'],
    // An age or a span that is also the present.
    ['В 30 лет ни семьи, ни работы, не хочу жить.', 'ideation'],
    ['In my twenties and I already want to die.', 'ideation'],
    // The time after a shift is the writer's own, not the work's.
    ['После смены, когда на меня наорут, я дома ошпариваю руки кипятком.', 'self_harm'],
    ['After my shift I go home and want to kill myself.', 'ideation'],
    // A few days without it is a fight still going on: the words beside it are about now.
    ["Haven't cut in 3 days and I want to kill myself", 'ideation'],
    ['Не режусь уже 2 дня, но хочу покончить с собой', 'ideation'],
    // A time free of it speaks for its own clause only.
    ["haven't cut in 200 days but i'm suicidal", 'ideation'],
    ['Не режусь уже 300 дней, но хочу покончить с собой', 'ideation'],
    ['После ночной смены думаю о суициде', 'ideation'],
    ['When I was a kid I was happy, now I just want to kill myself.', 'ideation'],
    ['Неделю не было сил встать, хочу умереть.', 'ideation'],
    ['Three weeks of cutting without anyone noticing, I cut myself every night.', 'self_harm'],
    // Clinical words said of oneself, and a clause of the writer's own beside someone else's.
    ["The crisis team says I'm a high suicide risk and honestly I want to die", 'ideation'],
    ['The topic of my life is loss and I want to die', 'ideation'],
    ['Support group tonight, a girl talked about her self-harm and honestly I just want to die.', 'self_harm'],
    // The writer's own jump, told in the past.
    ['Вчера прыгнула с моста, выжила, в следующий раз получится.', 'plan'],
    ['Чуть было не прыгнула с балкона этой ночью.', 'plan'],
  ])('keeps the floor when the writer speaks of now, or names a plan, means or timing: %j', (text, category) =>
    expect(floor(text)).toBe(category),
  );
});

describe('a goal that reaches for life', () => {
  it.each([
    'Get my life back after the divorce',
    'feel like myself again',
    'start caring about myself again',
    'Начать жить, а не существовать',
    'Вернуть себе радость и вкус к жизни',
    'хочу снова чего-то хотеть',
  ])('asks the model for more certainty: %j', (text) => expect(isHopefulGoal(patternText(text))).toBe(true));

  it.each([
    "I can't get my life back, there's no point",
    'Get my life back or end it',
    'Не могу жить дальше без него',
    'Жить дальше незачем',
    'Stop wanting to die',
  ])('does not when the same text says it cannot or sees no point, or never reaches for life: %j', (text) =>
    expect(isHopefulGoal(patternText(text))).toBe(false),
  );
});
