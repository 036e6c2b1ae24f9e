import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedContent, contentKey } from './content-cache.js';

describe('checked content kept between starts', () => {
  const made: string[] = [];
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-content-cache-'));
    made.push(dir);
    return dir;
  };
  afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('checks the packs once, then reads them back until a content file changes', () => {
    const [cache, root] = [folder(), folder()];
    writeFileSync(join(root, 'pack.yaml'), 'title: one');
    let loads = 0;
    const load = () => ({ ok: true as const, pack: { title: `loaded ${++loads}` } });
    expect(cachedContent('pack', load, { dir: cache, root })).toEqual({ ok: true, pack: { title: 'loaded 1' } });
    expect(cachedContent('pack', load, { dir: cache, root })).toEqual({ ok: true, pack: { title: 'loaded 1' } });
    writeFileSync(join(root, 'pack.yaml'), 'title: two');
    expect(cachedContent('pack', load, { dir: cache, root })).toEqual({ ok: true, pack: { title: 'loaded 2' } });
    expect(loads).toBe(2);
  });

  it('checks again when asked to refresh (the content check), and the next start reads what it checked', () => {
    const [cache, root] = [folder(), folder()];
    writeFileSync(join(root, 'pack.yaml'), 'title: one');
    let loads = 0;
    const load = () => ({ ok: true as const, pack: { title: `loaded ${++loads}` } });
    cachedContent('pack', load, { dir: cache, root });
    expect(cachedContent('pack', load, { dir: cache, root, refresh: true })).toEqual({
      ok: true,
      pack: { title: 'loaded 2' },
    });
    expect(cachedContent('pack', load, { dir: cache, root })).toEqual({ ok: true, pack: { title: 'loaded 2' } });
    expect(loads).toBe(2);
  });

  it('never keeps content with problems: each start finds them again', () => {
    const [cache, root] = [folder(), folder()];
    writeFileSync(join(root, 'pack.yaml'), 'title: [broken');
    let loads = 0;
    const load = () => ({ ok: false as const, problems: [`pack.yaml: broken (${++loads})`] });
    cachedContent('pack', load, { dir: cache, root });
    expect(cachedContent('pack', load, { dir: cache, root })).toEqual({
      ok: false,
      problems: ['pack.yaml: broken (2)'],
    });
  });

  it('keeps nothing when a file changes while the packs are read: the old files are never served the new pack', () => {
    const [cache, root] = [folder(), folder()];
    const file = join(root, 'pack.yaml');
    writeFileSync(file, 'title: one');
    let edit: string | undefined = 'title: two';
    // The pack is what the file says once reading is done; the first read races an edit.
    const load = () => {
      if (edit) writeFileSync(file, edit);
      edit = undefined;
      return { ok: true as const, pack: readFileSync(file, 'utf8') };
    };
    expect(cachedContent('pack', load, { dir: cache, root })).toEqual({ ok: true, pack: 'title: two' });
    writeFileSync(file, 'title: one');
    expect(cachedContent('pack', load, { dir: cache, root })).toEqual({ ok: true, pack: 'title: one' });
  });

  it('keys the packs by every content file, in nested folders too', () => {
    const root = folder();
    mkdirSync(join(root, 'goals', 'types'), { recursive: true });
    writeFileSync(join(root, 'goals', 'kind.yaml'), 'id: one');
    const before = contentKey(root);
    expect(contentKey(root)).toBe(before);
    writeFileSync(join(root, 'goals', 'types', 'extra.yaml'), 'id: extra');
    const withNested = contentKey(root);
    expect(withNested).not.toBe(before);
    writeFileSync(join(root, 'goals', 'kind.yaml'), 'id: three');
    expect(contentKey(root)).not.toBe(withNested);
  });
  it('reads the packs a release build shipped when nothing is kept, never for another content folder', () => {
    const [cache, shipped, root] = [folder(), folder(), folder()];
    writeFileSync(join(shipped, 'pack-k1.json'), JSON.stringify({ ok: true, pack: { title: 'shipped' } }));
    let loads = 0;
    const load = () => ({ ok: true as const, pack: { title: `loaded ${++loads}` } });
    expect(cachedContent('pack', load, { dir: cache, key: 'k1', shipped })).toEqual({
      ok: true,
      pack: { title: 'shipped' },
    });
    expect(loads).toBe(0);
    // Another folder's packs are its own, whatever the key.
    expect(cachedContent('pack', load, { dir: cache, root, key: 'k1', shipped })).toEqual({
      ok: true,
      pack: { title: 'loaded 1' },
    });
  });
});
