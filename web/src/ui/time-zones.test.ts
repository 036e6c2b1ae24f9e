import { describe, expect, it } from 'vitest';
import { zoneChoices, zoneNamed } from './time-zones';

describe('the time zones offered', () => {
  const supported = ['Asia/Calcutta', 'Asia/Kolkata', 'Europe/Kiev', 'Europe/Moscow', 'UTC', 'America/Indianapolis'];

  it('offers IANA names only, each once, with the browser’s zone first', () => {
    const choices = zoneChoices(supported, 'Asia/Calcutta');
    expect(choices[0]).toBe('Asia/Kolkata');
    expect(choices).toEqual(['Asia/Kolkata', 'America/Indiana/Indianapolis', 'Europe/Kyiv', 'Europe/Moscow', 'UTC']);
  });

  it('offers every zone of this runtime under a current name', () => {
    const choices = zoneChoices(Intl.supportedValuesOf('timeZone'), 'Europe/Kiev');
    expect(choices[0]).toBe('Europe/Kyiv');
    expect(choices).not.toContain('Europe/Kiev');
    expect(choices).not.toContain('Asia/Calcutta');
    expect(new Set(choices).size).toBe(choices.length);
  });

  it('finds a zone typed loosely, and nothing for a text that names none', () => {
    const choices = zoneChoices(supported, undefined);
    expect(zoneNamed('europe/moscow', choices)).toBe('Europe/Moscow');
    expect(zoneNamed('Asia/Calcutta', choices)).toBe('Asia/Kolkata');
    expect(zoneNamed('Moscow', choices)).toBeUndefined();
  });
});
