import { describe, expect, it } from 'vitest';
import { createCrisisCheck } from './crisis-check.js';

const check = createCrisisCheck();
const category = (text: string) => {
  const v = check.check(text);
  return v.crisis ? v.category : null;
};

describe('crisis check', () => {
  it.each([
    ['I want to kill myself', 'self_harm'],
    ['honestly I don’t want to live anymore', 'self_harm'],
    ['thinking about suicide', 'self_harm'],
    ['I keep cutting myself', 'self_harm'],
    ['I want to end my life', 'self_harm'],
    ['Хочу покончить с собой', 'self_harm'],
    ['не хочу больше жить', 'self_harm'],
    ['мысли о суициде', 'self_harm'],
    ['хочется умереть', 'self_harm'],
    ['I will kill him if he keeps my son away', 'harm_others'],
    ['I am going to hurt my ex', 'harm_others'],
    ['я убью его', 'harm_others'],
    ['Зарежу бывшую', 'harm_others'],
    ['her new partner hits my son', 'child_danger'],
    ['my daughter is being abused', 'child_danger'],
    ['он бьёт моего ребёнка', 'child_danger'],
    ['ребёнок в опасности', 'child_danger'],
  ])('recognises %j as %s', (text, expected) => {
    expect(category(text)).toBe(expected);
  });

  it.each([
    'Learn Spanish',
    'I want to kill time before my flight productively',
    'This killer app idea needs a landing page',
    'Stop procrastinating and finish my thesis',
    'Run a marathon and not die of boredom training',
    'Убить время с пользой: читать книги',
    'Выучить японский',
    'Стать лучше',
    'Reconnect with my son after the divorce',
    'Написать письмо дочери',
  ])('leaves %j to the coach', (text) => {
    expect(category(text)).toBeNull();
  });
});
