import type { z } from 'zod';
import { DailyReadings } from '../daily-readings.js';
import { ImportFileError } from '../import-error.js';
import { instantOfIso } from '../instant.js';
import { type ImportLimits, limitsOf } from '../limits.js';
import { ProgressMeter } from '../progress.js';
import { readWhole, sizeOf } from '../read-whole.js';
import type { ParseOptions, ParsedFile } from '../types.js';
import { OuraNights } from './oura-nights.js';
import {
  OURA_ENDPOINTS,
  OuraDailyReadiness,
  OuraDailySleep,
  type OuraEndpoint,
  OuraResponse,
  OuraSleep,
} from './oura.schema.js';

/** One document with the endpoint it came from (when the file said so) and its 1-based place in the file. */
interface Document {
  endpoint: OuraEndpoint | undefined;
  body: unknown;
  record: number;
}

/**
 * Oura API v2 JSON, in any of three shapes:
 *  1. one response page: `{ "data": [...], "next_token": ... }`;
 *  2. an object keyed by endpoint: `{ "daily_readiness": <page or array>, "daily_sleep": ..., "sleep": ... }`
 *     (other keys, such as `daily_activity`, are counted as skipped);
 *  3. an array of response pages, e.g. every page of a paginated download.
 * In shapes 1 and 3 each document's endpoint is told from its fields (`bedtime_end` → sleep;
 * readiness contributors such as `hrv_balance` → daily_readiness; `deep_sleep` → daily_sleep).
 */
export async function parseOuraJson(path: string, options: ParseOptions): Promise<ParsedFile> {
  const limits = limitsOf(options);
  const meter = new ProgressMeter(await sizeOf(path), options.onProgress, options.signal, limits.records);
  // Read whole and parsed with JSON.parse: an Oura download is MBs, so a streaming parser would buy
  // little; the size limit bounds the text, and counting containers first bounds what parsing makes.
  const bytes = await readWhole(path, meter, { format: 'oura_json', maxBytes: limits.wholeFileBytes.oura_json! });
  checkJsonShape(bytes, limits);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const readings = new DailyReadings('oura', limits.metricDays);
  const nights = new OuraNights(readings);
  const seen = new Set<string>();
  for (const document of documentsOf(parseJson(text), readings)) {
    meter.addRecords();
    const endpoint = document.endpoint ?? endpointOf(document);
    if (endpoint === 'sleep') {
      const sleep = validate(OuraSleep, document, endpoint);
      if (fresh(seen, endpoint, sleep.id, readings)) nights.add(sleep);
    } else {
      const daily = validate(endpoint === 'daily_sleep' ? OuraDailySleep : OuraDailyReadiness, document, endpoint);
      if (!fresh(seen, endpoint, daily.id, readings)) continue;
      const metric = endpoint === 'daily_sleep' ? 'sleep_quality' : 'readiness';
      if (daily.score == null) readings.skip('missing_value');
      else readings.add(metric, daily.score / 100, instantOfIso(daily.timestamp), daily.day);
    }
  }
  nights.flush();
  meter.report(true);
  return { records: meter.recordCount, readings: readings.readings(), skipped: readings.skipped };
}

/** Pages overlap when a download is resumed: a document already read (same endpoint and id) counts once. */
function fresh(seen: Set<string>, endpoint: OuraEndpoint, id: string, readings: DailyReadings): boolean {
  const key = `${endpoint} ${id}`;
  if (seen.has(key)) {
    readings.skip('duplicate');
    return false;
  }
  seen.add(key);
  return true;
}

/**
 * Counts the objects and arrays of a JSON text and its depth, on the raw bytes, before JSON.parse
 * makes any of them: a few MB of `{},{},…` are millions of objects, gigabytes of heap and minutes of
 * CPU once parsed. One pass, no allocation; strings (and escaped quotes in them) are skipped.
 */
export function checkJsonShape(bytes: Uint8Array, limits: Pick<ImportLimits, 'jsonContainers' | 'jsonDepth'>): void {
  let containers = 0;
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let at = 0; at < bytes.length; at++) {
    const byte = bytes[at]!;
    if (inString) {
      if (byte === 0x5c)
        at++; // a backslash: the next byte is escaped, a quote included
      else if (byte === 0x22) inString = false;
      continue;
    }
    if (byte === 0x22) inString = true;
    else if (byte === 0x0a) line++;
    else if (byte === 0x7b || byte === 0x5b) {
      containers++;
      depth++;
      if (containers > limits.jsonContainers)
        throw new ImportFileError(
          `line ${line}: more than ${limits.jsonContainers.toLocaleString('en')} JSON objects and arrays, more than an Oura export holds (only daily_readiness, daily_sleep and sleep are read)`,
          { line },
        );
      if (depth > limits.jsonDepth)
        throw new ImportFileError(`line ${line}: JSON nested deeper than ${limits.jsonDepth} levels`, { line });
    } else if (byte === 0x7d || byte === 0x5d) depth--;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const at = position ? Number(position[1]) : text.length;
    const line = text.slice(0, at).split('\n').length;
    throw new ImportFileError(`line ${line}: malformed JSON (${message})`, { line });
  }
}

function documentsOf(root: unknown, readings: DailyReadings): Document[] {
  const documents: Document[] = [];
  const push = (endpoint: OuraEndpoint | undefined, page: unknown, label: string) => {
    const items = Array.isArray(page) && endpoint ? page : pageOf(page, label).data;
    for (const body of items) documents.push({ endpoint, body, record: documents.length + 1 });
  };
  if (Array.isArray(root)) root.forEach((page, i) => push(undefined, page, `response ${i + 1}`));
  else if (root && typeof root === 'object' && 'data' in root) push(undefined, root, 'the response');
  else if (root && typeof root === 'object') {
    for (const [key, page] of Object.entries(root)) {
      if ((OURA_ENDPOINTS as readonly string[]).includes(key)) push(key as OuraEndpoint, page, `"${key}"`);
      else readings.skip('unsupported_endpoint', countOf(page));
    }
  } else throw new ImportFileError('not Oura API v2 JSON: expected an object or an array of responses');
  return documents;
}

/** How many documents an endpoint we do not read held (a page's `data`, or a bare array). */
function countOf(page: unknown): number {
  if (Array.isArray(page)) return page.length;
  const data = page && typeof page === 'object' ? (page as { data?: unknown }).data : undefined;
  return Array.isArray(data) ? data.length : 1;
}

function pageOf(page: unknown, label: string): z.infer<typeof OuraResponse> {
  const parsed = OuraResponse.safeParse(page);
  if (!parsed.success) throw new ImportFileError(`${label} is not an Oura API v2 response ({ "data": [...] })`);
  return parsed.data;
}

const READINESS_KEYS = ['hrv_balance', 'recovery_index', 'resting_heart_rate', 'body_temperature', 'sleep_balance'];
const SLEEP_SCORE_KEYS = ['deep_sleep', 'rem_sleep', 'restfulness', 'timing', 'total_sleep'];

function endpointOf({ body, record }: Document): OuraEndpoint {
  const fields = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  if ('bedtime_end' in fields) return 'sleep';
  const contributors = fields.contributors && typeof fields.contributors === 'object' ? fields.contributors : {};
  if ('temperature_deviation' in fields || READINESS_KEYS.some((key) => key in contributors)) return 'daily_readiness';
  if (SLEEP_SCORE_KEYS.some((key) => key in contributors)) return 'daily_sleep';
  throw new ImportFileError(`record ${record}: not a daily_readiness, daily_sleep or sleep document`, { record });
}

function validate<Schema extends z.ZodType>(schema: Schema, document: Document, endpoint: string): z.infer<Schema> {
  const parsed = schema.safeParse(document.body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.join('.') || '(document)';
  throw new ImportFileError(`record ${document.record} (${endpoint}): ${field}: ${issue.message}`, {
    record: document.record,
  });
}
