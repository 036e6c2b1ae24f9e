import { closeSync, openSync, readFileSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PathStep } from '../content/coach-pack.schema.js';
import type { CoachPack } from '../content/load-coach-pack.js';
import type { Log } from '../core/ports.js';
import { removeStale } from './model-cache.js';
import { SHIPPED_DIR } from './source-root.js';

/** Where a kind's steps are in the steps file: byte offset and length. */
type Ranges = Record<string, [number, number]>;

/**
 * Every goal kind's steps are four fifths of the coach pack in memory (about 40 of 50 MB parsed), and a server meets a
 * few kinds, not all. They are written once to a file beside the checked pack (under the same content key), and a
 * kind's steps are read back the first time a goal of that kind needs them, then kept. The pack object is unchanged
 * to its readers: `kind.steps` is a property that reads on first use.
 *
 * Call it after everything built at start from every kind's steps (the goal model's key and training). Without the
 * private folder nothing is moved. A file gone since (a temp-folder clean-up) reads the kind from `reload`, the
 * packs checked anew, so a goal never finds its kind empty.
 */
export function stepsOnFirstUse(
  pack: CoachPack,
  place: { dir: string | undefined; key: string; log?: Log },
  reload: () => CoachPack,
): CoachPack {
  if (!place.dir) return pack;
  const name = `coach-steps-${place.key}.bin`;
  const own = join(place.dir, name);
  const shipped = SHIPPED_DIR && join(SHIPPED_DIR, name);
  let file = own;
  let ranges: Ranges;
  try {
    const ownRanges = keptRanges(own);
    const shippedRanges = ownRanges || !shipped ? undefined : keptRanges(shipped);
    if (shippedRanges) file = shipped!;
    ranges = ownRanges ?? shippedRanges ?? writeSteps(own, pack, place.dir === SHIPPED_DIR ? 0o644 : 0o600);
    removeStale(place.dir, 'coach-steps', own);
  } catch (error) {
    place.log?.warn(
      { event: 'content_not_cached', content: 'coach-steps', error: (error as Error).name },
      'the coach steps could not be kept apart; they stay in memory',
    );
    return pack;
  }
  const read = (kindId: string): PathStep[] => {
    try {
      return readRange(file, ranges[kindId]!);
    } catch {
      return reload().types.find((kind) => kind.id === kindId)?.steps ?? [];
    }
  };
  for (const kind of pack.types) {
    let steps: PathStep[] | undefined;
    Object.defineProperty(kind, 'steps', {
      enumerable: true,
      configurable: true,
      get: () => (steps ??= read(kind.id)),
    });
  }
  return pack;
}

/** Where each kind's steps are in a steps file an earlier start wrote (the file's name holds the content key). */
function keptRanges(file: string): Ranges | undefined {
  try {
    const ranges = JSON.parse(readFileSync(rangesFile(file), 'utf8')) as Ranges;
    const end = Math.max(0, ...Object.values(ranges).map(([offset, length]) => offset + length));
    return statSync(file).size === end ? ranges : undefined;
  } catch {
    return undefined;
  }
}

/** Writes every kind's steps as JSON, one after another, and where each is beside them. */
function writeSteps(file: string, pack: CoachPack, mode: number): Ranges {
  const ranges: Ranges = {};
  const parts: Buffer[] = [];
  let offset = 0;
  for (const kind of pack.types) {
    const bytes = Buffer.from(JSON.stringify(kind.steps), 'utf8');
    ranges[kind.id] = [offset, bytes.length];
    parts.push(bytes);
    offset += bytes.length;
  }
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, Buffer.concat(parts), { mode });
  renameSync(partial, file);
  // The ranges last: a start that finds them finds the steps they describe.
  writeFileSync(partial, JSON.stringify(ranges), { mode });
  renameSync(partial, rangesFile(file));
  return ranges;
}

/** `coach-steps-<key>.json` beside `coach-steps-<key>.bin`. */
const rangesFile = (file: string) => file.replace(/\.bin$/, '.json');

function readRange(file: string, [offset, length]: [number, number]): PathStep[] {
  const fd = openSync(file, 'r');
  try {
    const bytes = Buffer.alloc(length);
    if (readSync(fd, bytes, 0, length, offset) !== length) throw new Error('short read');
    return JSON.parse(bytes.toString('utf8')) as PathStep[];
  } finally {
    closeSync(fd);
  }
}
