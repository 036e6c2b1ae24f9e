import { z } from 'zod';
import type { TrackEvent } from '../../core/tracks/events.js';
import { ACTION_SOURCES, PHASES } from '../../core/tracks/model.js';
import { isoTime } from '../../core/iso-time.js';

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; ours are a few hundred. */
export const MAX_PAYLOAD_BYTES = 7900;

// Ids, numbers and names from the program pack only: never a word the user wrote.
const id = z.string().min(1).max(100);
const common = { userId: id, programId: id, at: z.iso.datetime() };
const Event = z.discriminatedUnion('type', [
  z.object({ type: z.literal('track_initialized'), ...common, tracks: z.array(id).max(50), primaryTrack: id }),
  z.object({ type: z.literal('track_switched'), ...common, from: id, to: id }),
  z.object({
    type: z.literal('progress_updated'),
    ...common,
    track: id,
    old: z.number(),
    new: z.number(),
    delta: z.number(),
    phase: z.enum(PHASES),
    actionType: id,
    actionId: id.optional(),
    source: z.enum(ACTION_SOURCES),
  }),
  z.object({
    type: z.literal('plan_adapted'),
    ...common,
    adaptationId: id,
    triggerId: id,
    taskIds: z.array(id).max(50),
    expiresAt: z.iso.datetime(),
  }),
  z.object({ type: z.literal('adaptation_expired'), ...common, adaptationId: id }),
  z.object({ type: z.literal('account_erased'), userId: id, programId: z.literal(''), at: z.iso.datetime() }),
  z.object({
    type: z.literal('milestone_achieved'),
    ...common,
    track: id,
    milestone: id,
    source: z.enum(ACTION_SOURCES),
  }),
]);

/** One relayed event: `o` is the sending process, so it can ignore its own. */
export const RelayPayload = z.object({ o: id, e: Event });

/** The event as a NOTIFY payload, or undefined if it would not fit (it always should). */
export function encodeEvent(origin: string, event: TrackEvent): string | undefined {
  const expiresAt = event.type === 'plan_adapted' ? { expiresAt: isoTime(event.expiresAt) } : {};
  const text = JSON.stringify({
    o: origin,
    e: { ...event, remote: undefined, at: isoTime(event.at), ...expiresAt },
  });
  return Buffer.byteLength(text) <= MAX_PAYLOAD_BYTES ? text : undefined;
}

/** The payload's origin and event, or undefined for anything that is not one of ours. */
export function decodeEvent(text: string): { origin: string; event: TrackEvent } | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = RelayPayload.safeParse(json);
  if (!parsed.success) return undefined;
  const event = parsed.data.e;
  const expiresAt = event.type === 'plan_adapted' ? { expiresAt: new Date(event.expiresAt) } : {};
  return { origin: parsed.data.o, event: { ...event, at: new Date(event.at), ...expiresAt } as TrackEvent };
}
