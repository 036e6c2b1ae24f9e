import { z } from 'zod';
import { StepwiseError } from '../../../../core/errors.js';
import { parseTimeOfDay } from '../../../../core/goals/reminders.js';
import type { ReminderServices } from '../../../../services/reminders/reminders.js';
import type { Button } from '../../reply.js';
import { type ChatFeature, defineState } from '../../feature.js';
import type { Reply } from '../../reply.js';
import { IDLE, type Turn } from '../../turn.js';

const TIME_CHOICES = ['08:00', '12:30', '19:00', '21:00'];
const ZONE_CHOICES = {
  en: ['Europe/London', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles'],
  ru: ['Europe/Moscow', 'Europe/Kaliningrad', 'Asia/Yekaterinburg', 'Asia/Almaty'],
} as const;

const AskZone = z.object({ name: z.literal('remind_zone'), time: z.string() });
type AskZone = z.infer<typeof AskZone>;

/** The zone this server runs in comes first: for a terminal user it is their own. */
const zoneChoices = (turn: Turn, serverZone: string): Button[][] =>
  [...new Set([serverZone, ...ZONE_CHOICES[turn.user.locale]])].map((zone) => [
    { label: zone.replace(/_/g, ' '), data: `remind:z:${zone}` },
  ]);

/** `/remind`: a daily reminder of the open step at a time the person picks, in their time zone; off with one tap. */
export function remindersFeature(deps: { reminders: ReminderServices; serverZone?: string }): ChatFeature {
  const serverZone = deps.serverZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

  const askTime = (turn: Turn): Reply[] => {
    turn.setState({ name: 'remind_time' });
    const times = TIME_CHOICES.map((time) => ({ label: time, data: `remind:t:${time}` }));
    return [{ text: turn.m.remindAskTime(), buttons: [times] }];
  };

  const save = async (turn: Turn, time: string, zone: string): Promise<Reply[]> => {
    try {
      const reminder = await deps.reminders.set(turn.user.id, time, zone);
      turn.setState(IDLE);
      const off = [[{ label: turn.m.buttonRemindersOff(), data: 'remind:off' }]];
      return [{ text: turn.m.remindSet(reminder.time, reminder.timeZone), buttons: off }];
    } catch (error) {
      if (!(error instanceof StepwiseError)) throw error;
      return [{ text: turn.m.remindBadZone(), buttons: zoneChoices(turn, serverZone) }];
    }
  };

  /** A time: with a zone already known it is saved, else the zone is asked next. */
  const withTime = async (turn: Turn, typed: string, zone?: string): Promise<Reply[]> => {
    const time = parseTimeOfDay(typed);
    if (!time) return [{ text: turn.m.remindBadTime() }];
    const known = zone ?? (await deps.reminders.get(turn.user.id))?.timeZone;
    if (known) return save(turn, time, known);
    turn.setState<AskZone>({ name: 'remind_zone', time });
    return [{ text: turn.m.remindAskZone(), buttons: zoneChoices(turn, serverZone) }];
  };

  const turnOff = async (turn: Turn): Promise<Reply[]> => {
    turn.setState(IDLE);
    await deps.reminders.turnOff(turn.user.id);
    return [{ text: turn.m.remindOff() }];
  };

  const remind = async (turn: Turn, args: string): Promise<Reply[]> => {
    const [first = '', zone] = args.split(/\s+/).filter(Boolean);
    if (/^(off|stop|выкл|отключ|стоп)/i.test(first)) return turnOff(turn);
    if (first) return withTime(turn, first, zone);
    const current = await deps.reminders.get(turn.user.id);
    if (!current?.enabled) return askTime(turn);
    const buttons = [
      [{ label: turn.m.buttonRemindersOff(), data: 'remind:off' }],
      [{ label: turn.m.buttonChangeTime(), data: 'remind:change' }],
    ];
    return [{ text: turn.m.remindStatus(current.time, current.timeZone), buttons }];
  };

  return {
    name: 'reminders',
    commands: { remind },
    callbacks: {
      'remind:': {
        run: (turn, value) => {
          if (value === 'off') return turnOff(turn);
          if (value === 'change') return askTime(turn);
          if (value.startsWith('t:')) return withTime(turn, value.slice(2));
          const asked = AskZone.safeParse(turn.state);
          if (value.startsWith('z:') && asked.success) return save(turn, asked.data.time, value.slice(2));
          return remind(turn, '');
        },
        typed: (value) =>
          value === 'off'
            ? '/remind off'
            : value.startsWith('t:')
              ? `/remind ${value.slice(2)}`
              : value.startsWith('z:')
                ? value.slice(2)
                : '/remind',
      },
    },
    states: {
      remind_time: defineState({
        schema: z.object({ name: z.literal('remind_time') }),
        text: (turn, _state, raw) => withTime(turn, raw),
      }),
      remind_zone: defineState<AskZone>({
        schema: AskZone,
        text: (turn, state, raw) => save(turn, state.time, raw),
      }),
    },
  };
}
