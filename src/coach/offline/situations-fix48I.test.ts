import { describe, expect, it } from 'vitest';
import { talkWith, tapping, tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);
const elsewhere = (title: string, description: string, locale: 'en' | 'ru') =>
  talkWith(coach)(null, title, description, locale, tapping([locale === 'en' ? 'Something else' : 'Другое']));

describe('the forty-eighth blind read, fixed in general (helper fix48I)', () => {
  it('gives children of two households under one roof their own steps, not the partner-and-my-child ones', async () => {
    const en = await tap(
      'family',
      'stop the cold war between the kids',
      'We moved in together last year: my son and her daughter, 9 and 12, fight over the bathroom and bicker all the time.',
      'en',
      ['None of these'],
    );
    expect(en.keys).toContain('fam-stepsib-rules');
    expect(en.keys).toContain('fam-stepsib-hear');
    expect(en.keys).not.toContain('fam-26');
    const ru = await tap(
      'family',
      'чтобы дети перестали воевать дома',
      'Год назад поженились, у нас мой сын 9 лет и её дочь 12 лет, не могут поделить ванную и постоянно ругаются.',
      'ru',
      ['Ничего из этого'],
    );
    expect(ru.keys).toContain('fam-stepsib-rules');
    // One child and the new partner: the partner-and-child steps, none of these.
    const near = await tap(
      'family',
      'help my new husband and my son get on',
      'We married in spring; my son is 10 and barely talks to him.',
      'en',
      ['My partner and my child'],
    );
    expect(near.keys.filter((key) => key.startsWith('fam-stepsib-'))).toEqual([]);
  });

  it('prepares a child with autism for a new kindergarten or school, and only when a change is named', async () => {
    const en = await tap(
      'family',
      'help my autistic daughter start school',
      "She's 4, autistic, and starts reception at a new school in September; any change sends her into meltdowns.",
      'en',
      ['Family'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['fam-asd-pictures', 'fam-asd-visits', 'fam-asd-card']);
    const ru = await tap(
      'family',
      'подготовить сына к первому классу',
      'Сыну 7, расстройство аутистического спектра, с сентября идёт в первый класс, любые перемены даются ему очень тяжело.',
      'ru',
      ['Семья'],
    );
    expect(ru.keys).toContain('fam-asd-card');
    const near = await tap(
      'family',
      'spend more time with my autistic son',
      "He's 8 and loves trains; I work late most days and barely see him.",
      'en',
      ['Family'],
    );
    expect(near.keys.filter((key) => key.startsWith('fam-asd-'))).toEqual([]);
  });

  it('gives a parent who refuses help a trial and a safety visit, not a daily evening tea', async () => {
    const en = await tap(
      'family',
      'get mum to accept a carer',
      "Mum is 84, lives alone across town and won't have a carer, even after her hip operation. I visit on Sundays.",
      'en',
      ['Family'],
    );
    expect(en.keys).toContain('fam-help-trial');
    expect(en.keys).not.toContain('fam-26');
    const ru = await tap(
      'family',
      'уговорить папу на сиделку',
      'Папе 80, живёт один после инсульта и отказывается от сиделки, а я работаю и живу на другом конце города.',
      'ru',
      ['Семья'],
    );
    expect(ru.keys).toContain('fam-help-trial');
    const near = await tap('family', 'call my dad more often', "He's 79 and lives alone; we talk once a month.");
    expect(near.keys.filter((key) => key.startsWith('fam-help-'))).toEqual([]);
  });

  it('warms up before the first session and goes back after it when meeting someone in person', async () => {
    const en = await tap(
      'social',
      'meet women in real life, not on apps',
      "I'm 31, the apps got me nowhere, and I freeze when I want to talk to someone. I'd like to join a class.",
      'en',
      ['Meeting someone in person'],
    );
    expect(en.keys).toEqual(['soc-date-places', 'soc-date-opener', 'soc-date-warm', 'soc-date-go', 'soc-date-again']);
    const ru = await tap(
      'social',
      'познакомиться с парнем вживую',
      'Мне 29, в приложениях одни переписки. Хочу ходить туда, где можно познакомиться без приложений.',
      'ru',
      ['Знакомство вживую'],
    );
    expect(ru.keys).toContain('soc-date-warm');
    expect(ru.keys).not.toContain('soc-07');
    const near = await tap('social', 'make a few friends in a new city', "I'm 27, shy, and just moved for work.");
    expect(near.keys).not.toContain('soc-date-warm');
  });

  it('gives an older person who wants to know the neighbours no seniors’ centre elsewhere', async () => {
    const en = await tap(
      'social',
      'get to know people in my building',
      "I'm 72, retired, and just moved into a flat near my son. I don't know any of my neighbours.",
      'en',
      ['Getting to know the neighbours'],
    );
    expect(en.keys).not.toContain('soc-older-centre');
    expect(en.keys).toContain('soc-nbr-knock');
    const ru = await tap(
      'social',
      'познакомиться с соседями по подъезду',
      'Мне 70, я на пенсии, переехала к дочке в другой город, в доме никого не знаю.',
      'ru',
      ['Познакомиться с соседями'],
    );
    expect(ru.keys).not.toContain('soc-older-centre');
    const near = await tap('social', 'make friends my own age', "I'm 70, retired, and lonely since my wife died.");
    expect(near.keys).toContain('soc-older-centre');
  });

  it('shares the jobs out when the day for the ashes is set, and asks for dates only when it is not', async () => {
    const en = await tap(
      'grief',
      "scatter mum's ashes at the lake",
      "We've set the 3rd of June with my brothers, but I can't face organising it.",
      'en',
      ['Scattering or burying the ashes'],
    );
    expect(en.keys).toContain('grief-ashes-set');
    expect(en.keys).not.toContain('grief-ashes-ask');
    const ru = await tap(
      'grief',
      'развеять прах папы на море',
      'Решили сделать это 20 августа, поедем втроём с сёстрами.',
      'ru',
      ['Развеять или захоронить прах'],
    );
    expect(ru.keys).toContain('grief-ashes-set');
    const near = await tap(
      'grief',
      "scatter dad's ashes somewhere he loved",
      "He died last spring. We haven't decided where or when.",
      'en',
      ['Scattering or burying the ashes'],
    );
    expect(near.keys).toContain('grief-ashes-ask');
    expect(near.keys).not.toContain('grief-ashes-set');
  });

  it('mentions no "things to try" in the acting path after a dated "done", and reads a past give-up as no date', async () => {
    const dated = await elsewhere(
      'choose what to study next year',
      'Applications close in September and I honestly have no idea what I am good at.',
      'en',
    );
    expect(dated.keys).toContain('gen-act-find-set');
    expect(dated.keys).not.toContain('gen-act-find');
    const gaveUp = await elsewhere(
      'найти полчаса в день на себя',
      'Трое детей и работа, вечером срываюсь. Пробовала вести ежедневник, забросила через две недели.',
      'ru',
    );
    expect(gaveUp.keys).toContain('gen-act-done-open');
    expect(gaveUp.keys).toContain('gen-act-find');
    const near = await elsewhere(
      'разобрать все долги по бумагам',
      'Через две недели проверка, хочу успеть всё разложить по папкам.',
      'ru',
    );
    expect(near.keys).not.toContain('gen-act-done-open');
  });
});
