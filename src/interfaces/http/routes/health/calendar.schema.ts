// The calendar feed: its secret address, and the key that reads it.
import { z } from 'zod';

export const CalendarJson = z.object({
  url: z
    .string()
    .describe('the feed; anyone with it can read your plan, so keep it private. The old one stops working'),
});

export const IcsQuery = z.strictObject({ key: z.string().min(1).max(128) });
