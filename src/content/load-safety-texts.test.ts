import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentDir } from './load-coach-pack.js';
import { loadSafetyTexts } from './load-safety-texts.js';

describe('the crisis replies and help resources', () => {
  let dir = '';
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));
  const scratch = () => (dir = mkdtempSync(join(tmpdir(), 'safety-texts-')));

  it('put the emergency numbers first for imminent danger and child protection first for a child', () => {
    const loaded = loadSafetyTexts();
    if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
    const { texts } = loaded;
    expect(texts.reply('en', 'imminent')).toMatch(/^If you or someone near you is in danger right now/);
    expect(texts.reply('ru', 'imminent')).toMatch(/^Если тебе или кому-то рядом угрожает опасность/);
    expect(texts.resources('en', 'child')).toMatch(/^If a child is in danger/);
    expect(texts.resources('ru', 'concern')).toMatch(/^Поговорить с психологом/);
    for (const level of ['imminent', 'child', 'concern'] as const)
      expect(texts.reply('en', level)).not.toMatch(/\{|\n{3}/);
  });

  // A page (the web app, the API) has nobody answering what is typed next: its reply must not offer to listen there.
  const OFFERS_TO_LISTEN = /keep talking|I’m here|write (to me|here) again|давай поговорим|я рядом|напиши мне/i;
  it.each(['imminent', 'child', 'concern'] as const)(
    'words the %s reply for a page without an offer to keep talking, and leaves the chat’s reply as it was',
    (level) => {
      const loaded = loadSafetyTexts();
      if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
      const { texts } = loaded;
      for (const locale of ['en', 'ru'] as const) {
        const page = texts.reply(locale, level, 'page');
        expect(page).not.toMatch(OFFERS_TO_LISTEN);
        expect(page).not.toMatch(/\{|\n{3}/);
        // The same help, in the same order: only the words around it differ.
        for (const block of texts.resources(locale, level).split('\n\n')) expect(page).toContain(block);
        expect(texts.reply(locale, level)).toBe(texts.reply(locale, level, 'chat'));
      }
      if (level !== 'imminent') expect(texts.reply('en', level, 'chat')).toMatch(OFFERS_TO_LISTEN);
    },
  );

  it('still reads a deployment’s older resources file, one text per language, shown whole at every level', () => {
    const file = join(scratch(), 'resources.yaml');
    writeFileSync(
      file,
      'en: "Call 000 in Australia, or Lifeline on 13 11 14."\nru: "Звоните 112 или 8-800-2000-122."\n',
    );
    const loaded = loadSafetyTexts(file);
    if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
    expect(loaded.texts.reply('en', 'imminent')).toMatch(/^Call 000 in Australia/);
    expect(loaded.texts.reply('en', 'child').match(/Lifeline/g)).toHaveLength(1);
    expect(loaded.texts.resources('ru', 'concern')).toBe('Звоните 112 или 8-800-2000-122.');
  });

  it('refuses a reply that does not show the emergency numbers first, and a resources file missing a language', () => {
    const root = scratch();
    const messages = readFileSync(join(contentDir(), 'safety', 'messages.yaml'), 'utf8').replace(
      '    en: |-\n      {emergency}\n',
      '    en: |-\n      Hello.\n',
    );
    writeFileSync(join(root, 'messages.yaml'), messages);
    writeFileSync(join(root, 'resources.yaml'), 'en: "Call 112 if you are in danger."\n');
    const loaded = loadSafetyTexts(undefined, root);
    expect(loaded.ok).toBe(false);
    const problems = loaded.ok ? [] : loaded.problems.join('\n');
    expect(problems).toContain('replies.imminent.en: must start with {emergency}');
    expect(problems).toContain('resources.yaml: ru:');
  });
});
