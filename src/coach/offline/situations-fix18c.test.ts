import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the eighteenth blind read, fixed in general (helper fix18c)', () => {
  it('keeps one named big book when the description counts the books the person reads now', async () => {
    const en = await firstFive(
      'reading',
      'Read the whole of Proust over two years',
      "I'm a retired English teacher and read about 50 books a year, but I've started In Search of Lost Time three times and stalled in Swann's Way.",
    );
    expect(en.keys).toContain('read-book-plan');
    expect(en.keys).toContain('read-book-aid');
    expect(en.keys).not.toContain('read-challenge');
    expect(en.keys).not.toContain('read-pick-next');
    const ru = await firstFive(
      'reading',
      'Наконец осилить «Войну и мир»',
      'Вообще читаю много, книг сорок в год, но на втором томе каждый раз сдаюсь.',
      'ru',
    );
    expect(ru.keys).toContain('read-book-aid');
    expect(ru.keys).not.toContain('read-challenge');
    // A count with no named book stays with the ordinary path.
    const control = await firstFive('reading', 'Read 12 books this year', "I haven't finished a book since school.");
    expect(control.keys.some((key) => key.startsWith('read-book-'))).toBe(false);
  });

  it("gives all of one author's novels the list steps, never 'a short book or one you once loved'", async () => {
    const en = await firstFive(
      'reading',
      "Read all of Toni Morrison's novels this year",
      "I read Beloved at college and loved it but never went further. I've got eleven novels to get through.",
    );
    expect(en.keys[0]).toBe('read-list-get');
    expect(en.keys).not.toContain('read-pick-short');
    expect(en.keys).not.toContain('read-return');
    const ru = await firstFive(
      'reading',
      'Прочитать все её книги — всю Улицкую',
      'Когда-то прочитала «Медею и её детей», хочу остальное, но начинаю и бросаю.',
      'ru',
    );
    expect(ru.keys).toContain('read-list-get');
    expect(ru.text).not.toMatch(/до 200 страниц/);
  });

  it("gives books by one country's or group's writers a list from a source that knows them, and the bus no armchair", async () => {
    const ru = await firstFive(
      'reading',
      'Прочитать десять книг казахских писателей за год',
      'Стыдно, что кроме «Пути Абая» в школе ничего не читала. Читаю по-русски, по-казахски пока тяжело, времени — только в автобусе до работы.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['read-theme-list', 'read-theme-first']);
    expect(ru.keys).not.toContain('read-pick-short');
    expect(ru.keys).not.toContain('read-return');
    expect(ru.keys).not.toContain('read-list-get');
    expect(ru.keys).not.toContain('read-spot');
    const en = await firstFive(
      'reading',
      'Read more books by Irish writers',
      'I only know Joyce from school. I get about half an hour on the train each morning.',
    );
    expect(en.keys[0]).toBe('read-theme-list');
    expect(en.keys).not.toContain('read-pick-short');
    expect(en.keys).not.toContain('read-spot');
  });

  it('gives a language for talking with patients or clients the phrases of that work, not tourist survival phrases', async () => {
    const en = await firstFive(
      'language',
      'Get my Spanish from restaurant-level to talking with patients',
      "I'm a nurse in El Paso and half my patients prefer Spanish; I can order food and that's about it.",
    );
    expect(en.keys[0]).toBe('lang-job-phrases');
    expect(en.keys).not.toContain('lang-03');
    expect(en.text).not.toMatch(/survival phrases/);
    const ru = await firstFive(
      'language',
      'Объясняться по-английски с гостями отеля',
      'Работаю на ресепшен в Сочи, иностранцев всё больше, а я знаю только «hello».',
      'ru',
    );
    expect(ru.keys).toContain('lang-job-phrases');
    expect(ru.keys).not.toContain('lang-03');
    // A trip keeps its survival phrases.
    const control = await firstFive(
      'language',
      'Learn some Italian before our trip',
      "We fly to Rome on Friday and I've never studied it.",
    );
    expect(control.keys).not.toContain('lang-job-phrases');
  });

  it('gives reading documentation or papers in a language reading steps, not speaking recordings or films', async () => {
    const ru = await firstFive(
      'language',
      'Подтянуть английский, чтобы читать документацию без переводчика',
      'Я бэкенд-разработчик, уровень где-то B1, но каждое второе слово в доках проверяю в переводчике.',
      'ru',
    );
    expect(ru.keys[0]).toBe('lang-docs-page');
    for (const key of ['lang-16', 'lang-18', 'lang-19']) expect(ru.keys).not.toContain(key);
    const en = await firstFive(
      'language',
      'Read research papers in German without a translator',
      'I have B1 German from school and my field publishes a lot in German journals.',
    );
    expect(en.keys).toContain('lang-docs-page');
    expect(en.keys).not.toContain('lang-16');
  });

  it('gives videos at the start of study a browser block and a first task, not app limits or the bedroom charger', async () => {
    const en = await firstFive(
      'quit',
      'Stop opening YouTube the moment I sit down to revise',
      "I'm in Year 13 with A-levels starting in May and I lose the first hour of every study session to videos. Deleting the app hasn't worked because I just use the browser.",
    );
    expect(en.keys).toContain('quit-study-block');
    expect(en.keys).not.toContain('quit-phone-limits');
    expect(en.keys).not.toContain('quit-phone-bedroom');
    const ru = await firstFive(
      'quit',
      'Перестать залипать в видео, когда сажусь за уроки',
      'Девятый класс, ОГЭ скоро, а я по часу смотрю ролики на ноутбуке, прежде чем начать.',
      'ru',
    );
    expect(ru.keys).toContain('quit-study-block');
    expect(ru.keys).not.toContain('quit-phone-bedroom');
    // Scrolling in bed keeps the charger step.
    const control = await firstFive('quit', 'Stop scrolling Instagram in bed', 'I scroll until 2 am every night.');
    expect(control.keys).not.toContain('quit-study-block');
  });

  it('gives a move with horses or farm animals land, the vet, a transporter — not a flat search', async () => {
    const en = await firstFive(
      'moving',
      'Move us and our two horses from Texas to Colorado',
      'My husband has a new job in Fort Collins starting in September. We have to find somewhere with land to rent and move the horses safely on a 1,000-mile trip.',
    );
    expect(en.keys).toContain('move-stock-land');
    expect(en.keys).toContain('move-stock-vet');
    expect(en.keys).not.toContain('city-search');
    const ru = await firstFive(
      'moving',
      'Перевезти семью и двух коней из Липецка под Тверь',
      'Дом продаём, под Тверью ищем, где снять жильё с участком и левадой.',
      'ru',
    );
    expect(ru.keys[0]).toBe('move-stock-land');
    expect(ru.text).not.toMatch(/просмотр/);
  });

  it('gives ice hockey stick work and skating, never a ball against a wall', async () => {
    const ru = await firstFive(
      'sport',
      'Вернуться в любительский хоккей после травмы колена',
      'Играл в ночной лиге, полтора года назад порвал крестообразную связку, операция и восстановление позади. Хочу к октябрю выйти на лёд с командой.',
      'ru',
    );
    expect(ru.keys).toContain('sport-ice-hands');
    expect(ru.keys).not.toContain('sport-team-ball');
    expect(ru.text).not.toMatch(/чувством мяча/);
    const en = await firstFive(
      'sport',
      'Get back into beer league ice hockey this winter',
      "I played in my twenties and haven't skated for eight years.",
    );
    expect(en.keys).toContain('sport-team-find');
    expect(en.keys).not.toContain('sport-team-ball');
    const control = await firstFive(
      'sport',
      'Play five-a-side football again',
      'I used to play every week, stopped two years ago.',
    );
    expect(control.keys).toContain('sport-team-ball');
  });

  it('gives a switch to a field already chosen its ads, rules, gap and money — not ten options to explore', async () => {
    const ru = await firstFive(
      'career',
      'Уйти из бухгалтерии в аналитику данных',
      'Работаю главбухом 12 лет, Excel знаю отлично, SQL видела только на вебинаре. Хочу понять, реально ли сменить профессию в 39 и не потерять в деньгах.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['car-sw-ads', 'car-sw-route']);
    expect(ru.keys).not.toContain('car-ch-options');
    expect(ru.keys).not.toContain('car-ch-research');
    const nurse = await firstFive(
      'career',
      'Из медсестры уйти в косметологи',
      'Пятнадцать лет работаю процедурной медсестрой. Думаю про курсы медицинской косметологии, но боюсь отдать последние деньги.',
      'ru',
    );
    expect(nurse.keys).toContain('car-sw-route');
    expect(nurse.keys).toContain('car-sw-money');
    expect(nurse.keys).not.toContain('car-04');
    const en = await firstFive(
      'career',
      'Move into UX design after eight years of teaching',
      "I've done a free intro course and liked it, but I don't know if I'd need a full bootcamp or what the pay is at the start.",
    );
    expect(en.keys).toContain('car-sw-ads');
    expect(en.keys).not.toContain('car-ch-options');
    // A change with no field chosen still explores first.
    const control = await firstFive('career', 'Change careers', "I'm a teacher and don't know what else I could do.");
    expect(control.keys).toContain('car-ch-options');
  });

  it('gives a first job no "write down the role you want" after the search, and says where the role is advertised', async () => {
    const en = await firstFive(
      'career',
      'Get my first job as a runner on a film set',
      "I'm 23, just finished a media degree and have no industry contacts at all.",
    );
    expect(en.keys).not.toContain('car-01');
    expect(en.keys).toContain('car-role-where');
    const ru = await firstFive(
      'career',
      'Найти первую работу после колледжа',
      'Закончила колледж по гостиничному делу, хочу администратором в хороший отель, опыта нет.',
      'ru',
    );
    expect(ru.keys).not.toContain('car-01');
    expect(ru.keys).toContain('car-first-cv');
  });
});
