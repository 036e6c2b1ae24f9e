import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEFAULT_TRAIN_OPTIONS,
  type IntentModel,
  type ModelWeights,
  modelFromWeights,
} from '../coach/intents/classifier.js';
import {
  CRISIS_ENSEMBLE,
  CRISIS_MODEL_VERSION,
  CRISIS_TRAIN_OPTIONS,
  crisisModelFrom,
  type CrisisModel,
  crisisTrainingSet,
  GOAL_TEXT_WEIGHT,
  trainCrisisEnsemble,
} from '../coach/safety/crisis-model.js';
import { GOAL_TRAIN_OPTIONS, trainGoalModel } from '../coach/offline/goal-classifier.js';
import type { CoachPack } from '../content/load-coach-pack.js';
import { CRISIS_CATEGORIES } from '../core/safety.port.js';
import type { SafetyExample } from '../content/safety-corpus.schema.js';
import type { Log } from '../core/ports.js';
import { SHIPPED_DIR, SOURCE_EXTENSION, SOURCE_ROOT } from './source-root.js';

/** What a cached model is: a name for its files, what shapes its numbers, and how to train it. */
export interface ModelSpec {
  name: string;
  /** Everything that shapes the trained numbers (examples, options, a version), hashed into the key. */
  inputs: unknown;
  /**
   * The source files (under `src/`, no extension) of the code that shapes the numbers, so an edit to it trains anew
   * even if nobody bumps a version. Files, not the functions' text: a test runner and `tsx` compile a function to
   * different text, and keyed by that the server a test starts trained its own copy of a model the tests had kept.
   */
  sources: readonly string[];
  labels: readonly string[];
  bits: number;
  train(): IntentModel;
}

/**
 * Training a model takes a few seconds, and every start (the server, `stepwise chat`, each test
 * file) would pay it. The trained numbers are kept in the system's temp folder under a key made of
 * everything that shapes them: the examples, the options and the source of the training code
 * itself, so an edit to any of them trains anew. The file holds only numbers learnt from public
 * content; a missing or unreadable file is simply trained again.
 */
export function cachedModel(
  spec: ModelSpec,
  options: { dir?: string; log?: Log; shipped?: string | undefined } = {},
): IntentModel {
  const key = createHash('sha256')
    .update(JSON.stringify(spec.inputs))
    .update(['coach/intents/classifier', ...spec.sources].map(sourceText).join('\n'))
    .digest('hex')
    .slice(0, 32);
  const dir = options.dir ?? privateDir();
  const name = `${spec.name}-${key}.bin`;
  const file = dir && join(dir, name);
  const shipped = 'shipped' in options ? options.shipped : SHIPPED_DIR;
  for (const kept of [file, shipped && join(shipped, name)]) {
    try {
      if (kept) return modelFromWeights(checked(readWeights(readFileSync(kept)), spec));
    } catch {
      // Not there yet, unreadable or not what this code trains: the next place, else train and keep it.
    }
  }
  const model = spec.train();
  if (!dir || !file) return model;
  try {
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, writeWeights(model.weights()));
    renameSync(partial, file);
    removeStale(dir, spec.name, file);
  } catch (error) {
    options.log?.warn(
      { event: 'model_not_cached', model: spec.name, error: (error as Error).name },
      'a trained model could not be kept; the next start trains it again',
    );
  }
  return model;
}

/** Models of an older corpus or code go after a week unused. */
export function removeStale(dir: string, name: string, current: string) {
  const weekAgo = Date.now() - 7 * 24 * 3600 * 1000;
  const hourAgo = Date.now() - 3600 * 1000;
  const ours = new RegExp(`^${name}-[0-9a-f]{32}\\.(bin|json)$`);
  for (const old of readdirSync(dir)) {
    const path = join(dir, old);
    try {
      const stale =
        (ours.test(old) && path !== current && statSync(path).mtimeMs < weekAgo) ||
        (old.endsWith('.tmp') && statSync(path).mtimeMs < hourAgo);
      if (stale) rmSync(path, { force: true });
    } catch {
      // Another process removed it first: nothing to do.
    }
  }
}

/**
 * The crisis model, trained on the safety corpus with everyday text as safe background, cached. `name`: the cache
 * file's name (`crisis-goals` for the goal register's model, whose background holds ordinary goals too).
 */
export function cachedCrisisModel(
  examples: readonly SafetyExample[],
  background: readonly string[],
  options: { dir?: string; log?: Log; shipped?: string | undefined; name?: string; goals?: readonly string[] } = {},
): CrisisModel {
  const goals = options.goals ?? [];
  const model = cachedModel(
    {
      name: options.name ?? 'crisis',
      inputs: {
        version: CRISIS_MODEL_VERSION,
        examples,
        background,
        ...(goals.length && { goals, goalWeight: GOAL_TEXT_WEIGHT }),
        options: { ...DEFAULT_TRAIN_OPTIONS, ...CRISIS_TRAIN_OPTIONS },
        ensemble: CRISIS_ENSEMBLE,
      },
      sources: ['coach/safety/crisis-model', 'coach/safety/segments'],
      labels: ['safe', ...CRISIS_CATEGORIES],
      bits: CRISIS_TRAIN_OPTIONS.bits ?? DEFAULT_TRAIN_OPTIONS.bits,
      train: () => trainCrisisEnsemble(crisisTrainingSet(examples, background, goals)),
    },
    options,
  );
  return crisisModelFrom(model);
}

/** The offline coach's goal classifier, trained on the labelled goals of the coach pack, cached. */
export function cachedGoalModel(
  pack: CoachPack,
  options: { dir?: string; log?: Log; shipped?: string | undefined } = {},
): IntentModel {
  const kinds = pack.types.map((kind) => ({
    id: kind.id,
    name: kind.name,
    steps: kind.steps.map((step) => ({ text: step.text })),
  }));
  return cachedModel(
    {
      name: 'goals',
      inputs: { corpus: pack.corpus, kinds, options: { ...DEFAULT_TRAIN_OPTIONS, ...GOAL_TRAIN_OPTIONS } },
      sources: ['coach/offline/goal-classifier'],
      labels: [...new Set([...pack.corpus.map((goal) => goal.kind), ...kinds.map((kind) => kind.id)])],
      bits: GOAL_TRAIN_OPTIONS.bits ?? DEFAULT_TRAIN_OPTIONS.bits,
      train: () => trainGoalModel(pack.corpus, kinds),
    },
    options,
  );
}

type Weights = ModelWeights;

/** A source file's text; its absence (an unusual build) keys by the name alone. */
function sourceText(path: string): string {
  try {
    return readFileSync(join(SOURCE_ROOT, `${path}${SOURCE_EXTENSION}`), 'utf8');
  } catch {
    return path;
  }
}

/**
 * `stepwise-models-<uid>` in the temp folder, created private (0700); undefined — train every
 * time — when it exists but belongs to someone else or others may write to it, since a model file
 * planted there would decide what counts as a crisis.
 */
export function privateDir(): string | undefined {
  const dir = join(tmpdir(), `stepwise-models-${process.getuid?.() ?? 'user'}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // lstat: a link planted in its place is refused, not followed.
    const stat = lstatSync(dir);
    if (!stat.isDirectory()) return undefined;
    // Owner and mode mean something only where the system has them (not on Windows).
    if (process.getuid && (stat.uid !== process.getuid() || (stat.mode & 0o022) !== 0)) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/** A file of another shape (labels, hashed space, array sizes) is refused rather than read as nonsense. */
function checked(modelWeights: Weights, spec: Pick<ModelSpec, 'labels' | 'bits'>): Weights {
  const labels = [...modelWeights.labels].sort().join(',');
  const expected = [...spec.labels].sort().join(',');
  const bits = spec.bits;
  const ok =
    labels === expected &&
    modelWeights.bits === bits &&
    modelWeights.rowOf.length === 1 << bits &&
    modelWeights.weights.length % modelWeights.labels.length === 0 &&
    modelWeights.bias.length === modelWeights.labels.length;
  if (!ok) throw new RangeError('the cached model does not match this code');
  return modelWeights;
}

/** A small header (JSON, its length first) and the three arrays' bytes, in order. */
function writeWeights(modelWeights: Weights): Buffer {
  const header = Buffer.from(
    JSON.stringify({
      labels: modelWeights.labels,
      bits: modelWeights.bits,
      wordWeight: modelWeights.wordWeight,
      rows: modelWeights.rowOf.length,
      weights: modelWeights.weights.length,
      // int8 weights carry a scale per label; float32 ones none.
      type: modelWeights.scales ? 'int8' : 'float32',
      bias: modelWeights.bias.length,
    }),
  );
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const bytes = (arrayBufferView: ArrayBufferView) =>
    Buffer.from(arrayBufferView.buffer, arrayBufferView.byteOffset, arrayBufferView.byteLength);
  return Buffer.concat([
    length,
    header,
    bytes(modelWeights.rowOf),
    bytes(modelWeights.weights),
    bytes(modelWeights.bias),
    ...(modelWeights.scales ? [bytes(modelWeights.scales)] : []),
  ]);
}

function readWeights(buf: Buffer): Weights {
  const headerLength = buf.readUInt32LE(0);
  const hash = JSON.parse(buf.subarray(4, 4 + headerLength).toString('utf8')) as {
    labels: string[];
    bits: number;
    wordWeight: number;
    rows: number;
    weights: number;
    type?: 'int8' | 'float32';
    bias: number;
  };
  let at = 4 + headerLength;
  // Copied into fresh, aligned arrays: a Buffer's offset need not suit a typed array.
  const take = <T>(make: (ab: ArrayBuffer) => T, count: number, size: number): T => {
    const slice = buf.subarray(at, at + count * size);
    if (slice.length !== count * size) throw new RangeError('truncated model file');
    at += count * size;
    return make(new Uint8Array(slice).buffer);
  };
  const int8 = hash.type === 'int8';
  const rowOf = take((ab) => new Int32Array(ab), hash.rows, 4);
  const weights = int8
    ? take((ab) => new Int8Array(ab), hash.weights, 1)
    : take((ab) => new Float32Array(ab), hash.weights, 4);
  const bias = take((ab) => new Float64Array(ab), hash.bias, 8);
  return {
    labels: hash.labels,
    bits: hash.bits,
    wordWeight: hash.wordWeight,
    rowOf,
    weights,
    bias,
    ...(int8 && { scales: take((ab) => new Float64Array(ab), hash.labels.length, 8) }),
  };
}
