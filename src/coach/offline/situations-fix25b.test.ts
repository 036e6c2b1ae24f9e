import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the twenty-fifth blind read, fixed in general (helper fix25b)', () => {
  it('gives someone who has lived on ready meals a first simple recipe — not an improver\'s "Day 1" review', async () => {
    const en = await firstFive(
      'skill',
      'Learn to cook proper meals for myself',
      "I'm 74 and my wife did all the cooking for 48 years. I can do eggs and toast and I've been living on ready meals since.",
    );
    expect(en.keys[0]).toBe('skill-cook-plan');
    expect(en.keys).toContain('skill-cook-first');
    expect(en.keys).not.toContain('skill-14');
    expect(en.keys).not.toContain('skill-16');
    const ru = await firstFive(
      'skill',
      'Научиться готовить нормальную еду',
      'Мне 70, всю жизнь готовила жена. Умею только яичницу, живу на полуфабрикатах.',
      'ru',
    );
    expect(ru.keys[0]).toBe('skill-cook-plan');
    expect(ru.keys).not.toContain('skill-14');
    // Someone who has cooked for years keeps the improver's path.
    const cook = await firstFive(
      'skill',
      'Get better at cooking',
      "I've been cooking dinners for years and want more variety.",
    );
    expect(cook.keys[0]).toBe('skill-14');
  });

  it("gives an ex's things left at home a place, a collection date and the shared things split — not Give away / Throw out", async () => {
    const en = await firstFive(
      'home',
      "Clear my ex's stuff out of the flat so it feels like mine",
      "He moved out three weeks ago and half the one-bed is still his boxes, plus all the things we bought together. He keeps saying he'll collect them 'at some point'.",
    );
    expect(en.keys.slice(0, 2)).toEqual(['home-ex-gather', 'home-ex-date']);
    expect(en.keys).toContain('home-ex-shared');
    expect(en.keys).not.toContain('home-15');
    expect(en.keys).not.toContain('home-17');
    const ru = await firstFive(
      'home',
      'Избавиться от вещей бывшего мужа',
      'Развелись полгода назад, его вещи до сих пор в шкафу, он всё обещает их забрать.',
      'ru',
    );
    expect(ru.keys[0]).toBe('home-ex-gather');
    expect(ru.keys).toContain('home-ex-date');
    expect(ru.keys).not.toContain('home-17');
    // Clearing a parent's things with them keeps its own path.
    const parent = await firstFive(
      'home',
      'Help my mum clear out her flat',
      "Mum's flat is full of forty years of things and she wants to do it with me on Sundays.",
    );
    expect(parent.keys).not.toContain('home-ex-gather');
  });

  it("gives someone who can't carry heavy bags a collection from the door — not carrying the bags out the same day", async () => {
    const ru = await firstFive(
      'home',
      'Разобрать квартиру, в которой живём тридцать лет',
      'Мне 63, с мужем живём в трёшке. Сервизы, советские ковры, антресоли под потолок. Мне самой тяжело всё это таскать — лифт часто ломается.',
      'ru',
    );
    expect(ru.keys).toContain('home-space-out-help');
    expect(ru.keys).not.toContain('home-space-out');
    expect(ru.text).toContain('самовывоз');
    const en = await firstFive(
      'home',
      'Sort out the wardrobe and the hall cupboard',
      "I'm 68, I can't carry heavy bags and there's no lift in our block.",
    );
    expect(en.keys).toContain('home-space-out-help');
    expect(en.keys).not.toContain('home-space-out');
    // Someone who says nothing about carrying keeps taking the bags out the same day.
    const plain = await firstFive(
      'home',
      'Разобрать квартиру, в которой живём тридцать лет',
      'Мне 63, с мужем живём в трёшке. Сервизы, советские ковры, антресоли под потолок.',
      'ru',
    );
    expect(plain.keys).toContain('home-space-out');
    expect(plain.keys).not.toContain('home-space-out-help');
  });

  it("gives a pet's portrait the animal's photo, head, eyes and fur — not a human face's proportions", async () => {
    const en = await firstFive(
      'creative',
      "Paint a portrait of my neighbour's old dog for her",
      "I did GCSE art 15 years ago and haven't painted since. I've bought a set of acrylics and a canvas, and I have loads of photos of him.",
    );
    expect(en.keys[0]).toBe('cre-pet-photo');
    expect(en.keys).toContain('cre-pet-eyes');
    expect(en.keys).not.toContain('cre-face-prop');
    const ru = await firstFive('creative', 'Нарисовать портрет нашей собаки', 'Купила акварель, собаке 12 лет.', 'ru');
    expect(ru.keys[0]).toBe('cre-pet-photo');
    expect(ru.keys).not.toContain('cre-face-prop');
    // A person's portrait keeps the face proportions.
    const person = await firstFive(
      'creative',
      'Paint a portrait of my grandmother',
      'I have acrylics and a photo of her.',
    );
    expect(person.keys[0]).toBe('cre-face-prop');
  });

  it('names a Functional Skills exam as itself — not "the school exam" from "no GCSEs" in the description', async () => {
    const en = await firstFive(
      'exam',
      'Pass Functional Skills English Level 2 so I can start my plumbing course',
      "I'm 31 and left school with no GCSEs. The college won't take me on the course without it, and my exam is booked for 18 June.",
    );
    expect(en.text).toContain('the Functional Skills exam');
    expect(en.text).not.toContain('the school exam');
    expect(en.text).not.toContain('the university exam');
    const ru = await firstFive(
      'exam',
      'Сдать Functional Skills по английскому',
      'Без него не возьмут в колледж, экзамен в июне.',
      'ru',
    );
    expect(ru.text).toContain('экзамен Functional Skills');
    // A GCSE named in the title is still a school exam.
    const gcse = await firstFive('exam', 'Pass my GCSE maths resit', 'The exam is in June.');
    expect(gcse.text).not.toContain('Functional Skills');
  });
});
