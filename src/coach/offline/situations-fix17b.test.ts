import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the seventeenth blind read, fixed in general (helper fix17b)', () => {
  it('gives a computer program to learn no tools to lay out, and no spreadsheet steps for a past Excel user', async () => {
    const en = await firstFive(
      'skill',
      'Learn QuickBooks for my cleaning business',
      'I still write invoices by hand and keep receipts in a shoebox; typing them in is what my bookkeeper charges for.',
    );
    expect(en.keys).not.toContain('skill-04');
    expect(en.text).not.toMatch(/touch typing|without looking at the keys/i);
    const ru = await firstFive(
      'skill',
      'Освоить Revit на новой работе',
      'Раньше считала всё в Excel, а теперь в бюро все модели делают в Ревите.',
      'ru',
    );
    expect(ru.keys).not.toContain('skill-04');
    expect(ru.text).not.toMatch(/сводн|ВПР/i);
    // A craft keeps its set-up step.
    const craft = await firstFive('skill', 'Learn calligraphy', 'I have a pen set and want neat letters for cards.');
    expect(craft.keys).toContain('skill-04');
  });

  it('makes a small petrol engine safe without water valves or wall cables', async () => {
    const ru = await firstFive(
      'repair',
      'Почистить карбюратор у газонокосилки',
      'Косилка глохнет через минуту, в мастерской очередь на месяц.',
      'ru',
    );
    expect(ru.keys).not.toContain('fix-03');
    expect(ru.keys).toContain('fix-engine-safe');
    expect(ru.text).not.toMatch(/перекрывается вода/);
    const en = await firstFive(
      'repair',
      'Get the old rotavator running',
      'It sat in the shed all winter and the pull cord just spins.',
    );
    expect(en.keys).toContain('fix-engine-safe');
    const tap = await firstFive('repair', 'Fix the dripping kitchen tap', 'It drips all night.');
    expect(tap.keys).toContain('fix-03');
  });

  it('reads a laminate worktop as no floor', async () => {
    const en = await firstFive(
      'repair',
      'Replace the laminate worktop by the hob',
      'The edge has chipped and lifted; I have fitted shelves before.',
    );
    expect(en.keys.some((key) => key.startsWith('fix-lam'))).toBe(false);
  });

  it('gives a motorcycle licence no car commentary drive', async () => {
    const ru = await firstFive(
      'exam',
      'Получить права категории А',
      'Машину вожу давно, на мотоцикле только учусь. Экзамен в апреле, площадка пугает.',
      'ru',
    );
    expect(ru.keys).not.toContain('exam-driving-commentary');
    expect(ru.text).not.toMatch(/веди машину/);
    const en = await firstFive('exam', 'Pass my motorcycle test', 'Mod 1 is booked for March, I have done my CBT.');
    expect(en.keys).not.toContain('exam-driving-commentary');
  });

  it('names no red topics in a study calendar before any were marked', async () => {
    const ru = await firstFive('exam', 'Сдать ЕГЭ по биологии', 'Экзамен в июне, пробник написала на 52 балла.', 'ru');
    expect(ru.text).not.toMatch(/красные темы/);
  });

  it('keeps nothing back in a loft that must be empty for the builders, and offers no toy system', async () => {
    const en = await firstFive(
      'home',
      'Empty the attic before the roofers come',
      'Old toys, boxes of papers and a broken pram. The builders need it empty by the start of May.',
    );
    expect(en.keys).not.toContain('home-space-store');
    expect(en.text).not.toMatch(/toy rotation|rotate the toys/i);
    const ru = await firstFive(
      'home',
      'Освободить гараж под ремонт',
      'Там двадцать лет копились вещи, строители придут в марте, гараж должен быть пустым.',
      'ru',
    );
    expect(ru.keys).not.toContain('home-space-store');
  });

  it('asks no purpose for a room whose new use is named', async () => {
    const ru = await firstFive(
      'home',
      'Устроить на балконе зимний сад',
      'Балкон утеплён, но там хранятся санки и коробки. Хочу растения и столик.',
      'ru',
    );
    expect(ru.keys).not.toContain('home-room-purpose');
    expect(ru.keys.some((key) => key.startsWith('home-garden-'))).toBe(false);
  });

  it('gives a photography competition its own steps: rules, frames at 100%, a session for the fault, the entry', async () => {
    const en = await firstFive(
      'creative',
      'Enter the Wildlife Photographer of the Year',
      'I have shot owls for years but half my frames are soft. Entries close in December.',
    );
    expect(en.keys.slice(0, 3)).toEqual(['cre-contest-rules', 'cre-contest-cull', 'cre-contest-session']);
    expect(en.text).not.toMatch(/photo walk/i);
    const ru = await firstFive(
      'creative',
      'Подать снимки на фотоконкурс «Золотая черепаха»',
      'Снимаю птиц пятый год, но кадры часто шумные. Приём работ до осени.',
      'ru',
    );
    expect(ru.keys[0]).toBe('cre-contest-rules');
    const paint = await firstFive('creative', 'Enter a painting in the open exhibition', 'Submissions close in May.');
    expect(paint.keys.some((key) => key.startsWith('cre-contest-'))).toBe(false);
  });
});
