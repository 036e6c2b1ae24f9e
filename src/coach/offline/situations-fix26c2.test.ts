import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the twenty-sixth blind read, fixed in general (helper fix26c2)', () => {
  it('gives a team player in a wheelchair the warm-up, shoulders and sprints in the chair — not jogging or sit-to-stands', async () => {
    const en = await firstFive(
      'sport',
      'Get into the first team for wheelchair rugby',
      "I've played for two seasons with my club and train three times a week, but I run out of gas late in matches.",
    );
    expect(en.keys).toContain('sport-chair-shoulders');
    expect(en.keys).toContain('sport-chair-warmup');
    expect(en.keys).not.toContain('sport-team-joints');
    expect(en.keys).not.toContain('sport-team-warmup');
    expect(en.keys).not.toContain('sport-team-fit');
    const ru = await firstFive(
      'sport',
      'Попасть в основной состав по баскетболу на колясках',
      'Играю в клубе второй год, тренировки три раза в неделю. Я спинальник, броски со средней дистанции пока слабые.',
      'ru',
    );
    expect(ru.keys).toContain('sport-chair-warmup');
    expect(ru.keys).not.toContain('sport-team-joints');
    expect(ru.keys).not.toContain('sport-team-fit');
    // Someone new to it finds a club that lends a chair and builds a base by pushing, not walking and jogging.
    const newcomer = await firstFive(
      'sport',
      'Try wheelchair basketball',
      "I've used a wheelchair since an accident and haven't played any sport for years.",
    );
    expect(newcomer.keys).toContain('sport-chair-find');
    expect(newcomer.keys).toContain('sport-chair-base');
    expect(newcomer.keys).not.toContain('sport-team-base');
    expect(newcomer.keys).not.toContain('sport-team-find');
    // A player on their feet keeps the team steps.
    const standing = await firstFive(
      'sport',
      'Get picked for the starting five in basketball',
      "I've played for our club for two years and train twice a week.",
    );
    expect(standing.keys).toContain('sport-team-joints');
    expect(standing.keys).not.toContain('sport-chair-warmup');
  });

  it('gives interrupting people practice from the next conversation — not a quit date two weeks off', async () => {
    const en = await firstFive(
      'quit',
      'Stop talking over my colleagues',
      'On video calls I jump in before people finish and my team lead noticed.',
    );
    expect(en.keys[0]).toBe('quit-interrupt-pause');
    expect(en.keys).toContain('quit-interrupt-signal');
    expect(en.keys).not.toContain('quit-date');
    const ru = await firstFive(
      'quit',
      'Перестать перебивать людей',
      'Жена говорит, что я не даю ей договорить, и на планёрках то же самое.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-interrupt-pause');
    expect(ru.keys).not.toContain('quit-date');
    // The phone checked in meetings keeps the quitting path.
    const phone = await firstFive(
      'quit',
      'Stop checking my phone in meetings',
      'I scroll under the table during every call.',
    );
    expect(phone.keys).toContain('quit-date');
    expect(phone.keys).not.toContain('quit-interrupt-pause');
  });

  it('gives someone learning only by ear at the wheel an audio course and a phrase playlist — not sticky notes at home', async () => {
    const en = await firstFive(
      'language',
      'Learn basic Spanish',
      "I'm a lorry driver, ten hours a day behind the wheel, so I can only learn by listening. Complete beginner.",
    );
    expect(en.keys[0]).toBe('lang-ear-course');
    expect(en.keys).toContain('lang-ear-phrases');
    expect(en.keys).not.toContain('lang-05');
    expect(en.keys).not.toContain('lang-02');
    expect(en.keys).not.toContain('lang-listen-dictation');
    const ru = await firstFive(
      'language',
      'Начать учить немецкий',
      'Работаю водителем, весь день за рулём, могу только слушать. Совсем с нуля.',
      'ru',
    );
    expect(ru.keys[0]).toBe('lang-ear-course');
    expect(ru.keys).not.toContain('lang-05');
    expect(ru.keys).not.toContain('lang-06');
    // A beginner learning at home keeps the beginner path; films without subtitles keep the listening steps.
    const home = await firstFive(
      'language',
      'Learn basic Spanish',
      'Complete beginner, I have half an hour in the evenings at home.',
    );
    expect(home.keys).toContain('lang-05');
    expect(home.keys).not.toContain('lang-ear-course');
    const films = await firstFive(
      'language',
      'Understand Spanish films without subtitles',
      "I'm B2 and read well, but native speed is too fast.",
    );
    expect(films.keys[0]).toBe('lang-listen-scene');
    expect(films.keys).not.toContain('lang-ear-course');
  });

  it('gives failing eyesight the talking-book service and a first listen at home — not a commute or playback speed', async () => {
    const en = await firstFive(
      'reading',
      'Keep reading now that my eyes are going',
      "I'm 81 and have macular degeneration; the print is too small even with my glasses.",
    );
    expect(en.keys[0]).toBe('read-sight-talking');
    expect(en.keys).toContain('read-audio-home');
    expect(en.keys).not.toContain('read-audio-plan');
    expect(en.keys).not.toContain('read-audio-first');
    const ru = await firstFive(
      'reading',
      'Слушать аудиокниги',
      'Хочу вернуться к книгам, но зрение упало — катаракта, операция только в следующем году.',
      'ru',
    );
    expect(ru.keys[0]).toBe('read-sight-talking');
    expect(ru.keys).not.toContain('read-audio-first');
  });

  it('gives someone who only uses the phone for calls a helper to set listening up with them — not "install the app"', async () => {
    const en = await firstFive(
      'reading',
      'Start listening to audiobooks',
      'I only use my phone for calls and have never downloaded anything, but my daughter thinks I would enjoy them.',
    );
    expect(en.keys[0]).toBe('read-tech-helper');
    expect(en.keys).not.toContain('read-audio-app');
    expect(en.keys).not.toContain('read-audio-plan');
    const ru = await firstFive(
      'reading',
      'Начать слушать аудиокниги',
      'Сын советует, но я в технике не разбираюсь, телефон кнопочный.',
      'ru',
    );
    expect(ru.keys[0]).toBe('read-tech-helper');
    expect(ru.keys).not.toContain('read-audio-app');
    // A commuter who asks for nothing of the kind keeps the app, the plan and the first listen on the way.
    const commuter = await firstFive(
      'reading',
      'Listen to more audiobooks',
      'I commute an hour each way by train and want a book a month.',
    );
    expect(commuter.keys).toContain('read-audio-app');
    expect(commuter.keys).toContain('read-audio-first');
    expect(commuter.keys).not.toContain('read-tech-helper');
    expect(commuter.keys).not.toContain('read-sight-talking');
  });

  it('puts the nerves step first for an interview in another language when the nerves are named', async () => {
    const en = await firstFive(
      'interview',
      'Get through my interview in German',
      "It's for a nursing job in Hamburg next month. My mind goes blank in German when I'm nervous.",
    );
    expect(en.keys[0]).toBe('intv-nerves-lang');
    const ru = await firstFive(
      'interview',
      'Пройти собеседование на английском',
      'Собеседование через две недели в международной компании. Когда говорю по-английски, теряюсь и паникую.',
      'ru',
    );
    expect(ru.keys[0]).toBe('intv-nerves-lang');
    // No nerves named: the ordinary start.
    const calm = await firstFive(
      'interview',
      'Get through my interview in German',
      "It's for a nursing job in Hamburg next month. I speak German at B2.",
    );
    expect(calm.keys[0]).not.toBe('intv-nerves-lang');
  });
});
