import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SlotsPack } from '../../content/coach-pack.schema.js';
import { contentDir } from '../../content/load-coach-pack.js';
import { readYamlFile } from '../../content/read-yaml.js';
import { createSlotReader } from './slots.js';

const problems: string[] = [];
const pack = readYamlFile(join(contentDir(), 'goals', 'slots.yaml'), SlotsPack, problems);
if (!pack) throw new Error(problems.join('\n'));
const reader = createSlotReader(pack);

describe('reading slots from a goal', () => {
  it.each([
    ['Learn enough Spanish to order food on my trip in March', 'language', 'Spanish', 'испанский язык'],
    ['Выучить японский', 'language', 'Japanese', 'японский язык'],
    ['Научиться играть на гитаре', 'instrument', 'the guitar', 'гитара'],
    ['Play the piano for my daughter’s birthday', 'instrument', 'the piano', 'фортепиано'],
    ['Бросить курить', 'habit', 'smoking', 'курение'],
    ['Stop doomscrolling on my phone at night', 'habit', 'phone scrolling', 'залипание в телефоне'],
    ['Spend more quality moments with my kids', 'relation', 'your children', 'дети'],
    ['Перестать лениться', 'habit', 'procrastination', 'прокрастинация'],
    ['Чаще видеться с родителями', 'relation', 'your parents', 'родители'],
    ['Pass my driving test', 'exam', 'the driving test', 'экзамен на права'],
  ] as const)('%j names its %s', (title, slot, en, ru) => {
    expect(reader.read(title, []).values[slot]?.name).toMatchObject({ en, ru });
  });

  it.each([
    ['Run a half marathon', '', { en: '21.1 km', ru: '21,1 км' }],
    ['Run the Cardiff Half under 2 hours', 'My 10k PB is 57:40', { en: '21.1 km', ru: '21,1 км' }],
    ['Пробежать 10 км', '', { en: '10 km', ru: '10 км' }],
    ['Swim without stopping', 'I want to swim 1500 m by August', { en: '1500 m', ru: '1500 м' }],
  ])('reads the distance of %j', (title, description, distance) => {
    expect(reader.read(title, [description]).distance).toEqual(distance);
  });

  it.each([
    ['I can already run 5 km three times a week', 'active'],
    ['I have never run in my life', 'beginner'],
    ['Опыта нет, начинаю с нуля', 'beginner'],
    ['Уже бегаю 5 км, ни разу не участвовал в забегах', 'active'],
    // «уже» about breathlessness is no sign of training: a max test here would be harmful (blind review 3).
    ['Мне 39, вешу 96 кг, одышка уже на третьем этаже', 'beginner'],
    ['Хожу в зал второй год, делаю 6 чистых подтягиваний', 'active'],
    ['', undefined],
  ])('reads the level of %j', (description, level) => {
    expect(reader.read('Run a 10k', [description]).level).toBe(level);
  });

  it.each([
    ['The exam is in 3 days', 'days'],
    ['interview tomorrow morning', 'days'],
    ['in two weeks', 'weeks'],
    ['через 2 месяца', 'months'],
    ['к лету', 'months'],
    ['Экзамен в пятницу', 'days'],
    ['', undefined],
  ])('reads the deadline of %j', (description, horizon) => {
    expect(reader.read('Pass the exam', [description]).horizon).toBe(horizon);
  });

  it('lets the title win over an answer: a later word does not replace what the title named', () => {
    expect(reader.read('Learn Italian', ['I also like French films']).values.language?.id).toBe('it');
  });

  it('fills slots in the user’s language and falls back when nothing was named', () => {
    const named = reader.read('Learn Spanish', []);
    expect(reader.render('Язык: {language}. Цель: «{title}».', named, 'ru', 'Learn Spanish')).toBe(
      'Язык: испанский язык. Цель: «Learn Spanish».',
    );
    expect(reader.render('Ten phrases in {language}', reader.read('Learn a language', []), 'en', 'x')).toBe(
      'Ten phrases in your new language',
    );
  });
});
