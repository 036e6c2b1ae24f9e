import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const APNOEA = ['sleep-apnoea-notes', 'sleep-apnoea-drive'];

describe('a situation the person drops with "None of these" no longer cancels a safety net', () => {
  it("keeps the breathing-pause net when the partner's snoring it stood aside for is not what the goal is about", async () => {
    const description =
      "I'm 52 and in bed by ten, but I wake up wrecked. My wife snores too, but she says I stop breathing in my sleep for a while.";
    const en = await tap('sleep', 'Stop waking up exhausted', description, 'en');
    expect(en.asked[0]?.choices).toContain("A partner's snoring keeps me awake");
    expect(en.keys.slice(0, 2)).toEqual(APNOEA);
    expect(en.keys).not.toContain('sleep-wake');
    const ru = await tap(
      'sleep',
      'Перестать просыпаться разбитым',
      'Мне 52, ложусь в десять, а встаю как разбитый. Жена храпит, но и она говорит, что я во сне перестаю дышать.',
      'ru',
    );
    expect(ru.asked[0]?.choices).toContain('Храп партнёра не даёт спать');
    expect(ru.keys.slice(0, 2)).toEqual(APNOEA);
    // Tapped, the partner's snoring is what the goal is about, and its own steps lead.
    const near = await tap('sleep', 'Stop waking up exhausted', description, 'en', ["A partner's snoring"]);
    expect(near.keys[0]).toBe('sleep-psnore-plugs');
  });
});
