import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const STRONG = ['home-clean-plan', 'home-clean-kit', 'home-clean-room', 'home-clean-wet', 'hz-mix-air', 'hz-mix-one'];

describe('the fifty-fourth blind read, helper fix55A: harmful steps', () => {
  it('gives someone pregnant a deep clean with mild products, short sittings and the strong, high and heavy jobs on a helper; no mixed-fumes steps for advice to avoid bleach', async () => {
    const en = await tap(
      'home',
      'deep clean the flat before our daughter arrives',
      "I'm 34 weeks pregnant and the place is grimy everywhere. My doctor said no harsh chemicals and to avoid bleach, and I get tired on my feet. My partner can help on Sundays.",
      'en',
      ['A deep clean'],
    );
    for (const key of STRONG) expect(en.keys).not.toContain(key);
    expect(en.keys).toEqual(
      expect.arrayContaining(['home-clean-split', 'home-clean-helper', 'home-clean-mild', 'home-clean-short']),
    );
    expect(en.texts.join(' ')).not.toMatch(/top to bottom|goggles|60 min/i);
    const ru = await tap(
      'home',
      'сделать генеральную уборку до родов',
      'Я на седьмом месяце беременности, квартира давно не убиралась как следует. Врач сказал держаться подальше от хлорки и резких запахов, долго стоять тяжело, муж работает посменно.',
      'ru',
      ['Генеральная уборка'],
    );
    for (const key of STRONG) expect(ru.keys).not.toContain(key);
    expect(ru.keys).toEqual(expect.arrayContaining(['home-clean-split', 'home-clean-mild', 'home-clean-short']));
    const advice = await tap(
      'home',
      'spring clean the whole house',
      'My skin flares up with eczema and my GP told me to avoid strong chemicals, so no bleach. Every room needs a proper scrub.',
      'en',
      ['A deep clean'],
    );
    for (const key of STRONG) expect(advice.keys).not.toContain(key);
    expect(advice.keys).toContain('home-clean-mild');
  });

  it('keeps the ordinary deep clean for someone not pregnant, and for a man whose wife is pregnant; real mixing still gets the fumes steps', async () => {
    const near = await tap(
      'home',
      'deep clean the house before my parents visit',
      'The kitchen and the bathroom are grimy and I have two weekends before they come.',
      'en',
      ['A deep clean'],
    );
    expect(near.keys).toContain('home-clean-room');
    expect(near.keys).not.toContain('home-clean-split');
    const husband = await tap(
      'home',
      'генеральная уборка перед рождением малыша',
      'Жена беременна, ей сейчас нельзя уставать, поэтому квартиру отмываю я сам. Везде пыль и грязь.',
      'ru',
      ['Генеральная уборка'],
    );
    expect(husband.keys).toContain('home-clean-room');
    expect(husband.keys).not.toContain('home-clean-short');
    const mixing = await tap(
      'home',
      'get the black mould off the bathroom ceiling',
      'I mixed bleach and vinegar in a spray bottle to make it stronger and now my eyes are watering.',
      'en',
      ['A deep clean'],
    );
    expect(mixing.keys).toContain('hz-mix-air');
    expect(mixing.keys).toContain('hz-mix-one');
    const pregnantMix = await tap(
      'home',
      'отмыть плесень в ванной',
      'Я беременна, вчера смешала белизну с уксусом, чтобы было сильнее, и теперь слезятся глаза.',
      'ru',
      [],
    );
    expect(pregnantMix.keys).toContain('hz-mix-air');
    expect(pregnantMix.keys).not.toContain('hz-mix-one');
  });
});
