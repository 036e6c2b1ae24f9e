import { describe, expect, it } from 'vitest';
import { talkWith } from '../../../test/factories/converse.js';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { faultReader } from './understand.js';

const { pack, coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);
const namesFault = faultReader(pack.generic);
const talk = (
  title: string,
  description: string,
  locale: 'en' | 'ru' = 'en',
  pick = (choices: string[]) => choices.find((choice) => refusals.includes(choice)) ?? choices[0]!,
) => talkWith(coach)(null, title, description, locale, pick);
const refusals = [pack.generic.other.en, pack.generic.other.ru, pack.generic.none.en, pack.generic.none.ru];
const FAULT_STEPS = ['gen-fault-record', 'gen-fault-causes', 'gen-fault-one', 'gen-fault-drill', 'gen-fault-ask'];

describe('a goal that names a fault in doing something', () => {
  it('reads a fault from the title in both languages, and not a goal to stop doing something or to keep going', () => {
    expect(namesFault('Get my watercolour skies to stop looking muddy')(undefined)).toBe(true);
    expect(namesFault('Stop rushing the tempo when I play with the church band')('active')).toBe(true);
    expect(namesFault('Чтобы гитара не дребезжала на третьем ладу')(undefined)).toBe(true);
    // A title about learning names a fault only for someone who already does it.
    expect(namesFault('Научиться жарить шашлык, чтобы не пересушивать')('active')).toBe(true);
    expect(namesFault('Научиться жарить шашлык, чтобы не пересушивать')(undefined)).toBe(false);
    expect(namesFault('Learn Canva so the food bank posters stop looking awful')(undefined)).toBe(false);
    expect(namesFault('Stop my bread sinking in the middle')('beginner')).toBe(false);
    // "stopping" is no "stop"; a title with no fault in it is none.
    expect(namesFault('Climb the 199 steps at Whitby without stopping')(undefined)).toBe(false);
    expect(namesFault('Learn to play the guitar')('active')).toBe(false);
    expect(namesFault('Научиться вязать носки')('active')).toBe(false);
  });

  it('starts with seeing the fault, its causes, one change, a small drill and someone who does it well', async () => {
    const prints = await talk(
      'Stop my linocut prints coming out blotchy',
      "I've carved lino for a year and the ink always looks patchy.",
    );
    expect(prints.keys).toEqual(FAULT_STEPS);
    expect(prints.text).toContain("'Stop my linocut prints coming out blotchy' is a fine start");

    const khinkali = await talk(
      'Научиться лепить хинкали, чтобы не разваливались',
      'Леплю уже год, но в кастрюле они разваливаются.',
      'ru',
    );
    expect(khinkali.keys).toEqual(FAULT_STEPS);
    expect(khinkali.text).toContain('подойдёт и «Научиться лепить хинкали, чтобы не разваливались»');
  });

  it('lets steps written for the situation lead when the person taps it, and troubleshoots after "None of these"', async () => {
    const skies = ['Get my watercolour skies to stop looking muddy', "I've painted landscapes for two years."] as const;
    const muddy = await talk(...skies, 'en', (choices) => choices[0]!);
    expect(muddy.asked[0]!.choices).toContain('Colours coming out muddy');
    expect(muddy.keys.some((key) => key.startsWith('gen-fault-'))).toBe(false);
    const none = await talk(...skies);
    expect(none.keys).toEqual(FAULT_STEPS);
  });

  it('leaves quitting, a pain and a kind that practises nothing on their own paths', async () => {
    // "Stop" is the goal itself in quitting: its path, never a drill of the habit.
    const phone = await firstFive('quit', 'Stop scrolling my phone in bed', '');
    expect(phone.keys.some((key) => key.startsWith('gen-fault-'))).toBe(false);
    // A knee that aches is for a doctor or physio, not a search for causes and a drill.
    const knee = await firstFive('sport', 'Stop my knee aching on long runs', 'I run 30 km a week and my knee hurts.');
    expect(knee.keys.some((key) => key.startsWith('gen-fault-'))).toBe(false);
    // Someone just starting learns the basics first: the troubleshooting steps begin "next time you do it".
    const canva = await firstFive(
      'skill',
      'Learn Canva so the food bank posters stop looking awful',
      'I volunteer at the food bank and make all the posters, in Word.',
    );
    expect(canva.keys.some((key) => key.startsWith('gen-fault-'))).toBe(false);
    const tap = await firstFive('repair', 'Stop the kitchen tap dripping', '');
    expect(tap.keys.some((key) => key.startsWith('gen-fault-'))).toBe(false);
  });

  it('gives a goal placed under "Something else" the same troubleshooting start', async () => {
    const loaves = await talk('Stop my sourdough loaves coming out flat', 'I bake every weekend but they spread out.');
    expect(loaves.asked[0]!.choices).toContain(pack.generic.other.en);
    expect(loaves.keys).toEqual(FAULT_STEPS);
  });
});
