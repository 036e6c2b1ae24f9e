import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LiveMessage } from '../api/contract/live';
import type { Programs, Progress } from '../api/contract/tracks';
import { keys } from '../api/keys';
import { useApi, useSession } from '../app/AppContext';
import { tracksApi } from '../api/tracks';
import { useI18n } from '../i18n/I18nProvider';
import type { Messages } from '../i18n/en';
import { useAnnounce } from '../ui/Announcer';
import { applyMoves } from './apply-moves';
import { connectLive, type LiveConnection, type LiveStatus } from './live-socket';

/** Reads the program list in the person's language (cached: the dashboard reads it too). */
type ReadPrograms = () => Promise<Programs>;

/**
 * A track's name in the person's language. The list is read when no screen has read it yet (a health
 * task done from the Health screen moves `sleep_recovery`): a note never shows an id.
 */
async function trackName(readPrograms: ReadPrograms, program: string, track: string): Promise<string | undefined> {
  const programs = await readPrograms().catch(() => undefined);
  const found = programs?.programs.find((item) => item.id === program)?.tracks.find((item) => item.id === track);
  return found && `${found.emoji} ${found.name}`.trim();
}

/** Today's health plan in every language (`keys.today` without the language). */
const TODAYS_PLAN = ['health', 'today'];

/** What one pushed event changes on screen, and what it says aloud. */
function handle(
  client: QueryClient,
  texts: Messages,
  announce: (text: string) => void,
  readPrograms: ReadPrograms,
  message: LiveMessage,
): void {
  // Today's home shows a card per program joined: any change may be a program joined elsewhere (the bot).
  void client.invalidateQueries({ queryKey: keys.joined });
  if (message.type === 'ready') {
    // After a (re)connect, re-read what may have changed while the socket was down.
    void client.invalidateQueries({ queryKey: ['progress'] });
    void client.invalidateQueries({ queryKey: keys.goals });
    void client.invalidateQueries({ queryKey: TODAYS_PLAN });
  } else if (message.type === 'progress_updated') {
    client.setQueriesData<Progress>({ queryKey: ['progress'] }, (old) => applyMoves(old, message.program, [message]));
    void client.invalidateQueries({ queryKey: ['progress'] });
    void client.invalidateQueries({ queryKey: ['history'] });
    // A goal's step or a health task done in the bot can move a track: Today re-reads both (only open reads refetch).
    void client.invalidateQueries({ queryKey: keys.goals });
    void client.invalidateQueries({ queryKey: TODAYS_PLAN });
    void trackName(readPrograms, message.program, message.track).then((name) =>
      announce(name ? texts.live.progress(name, message.old, message.new) : texts.live.progressUnnamed),
    );
  } else if (message.type === 'milestone_achieved') {
    void client.invalidateQueries({ queryKey: ['progress'] });
    announce(texts.live.milestone(message.name));
  } else {
    void client.invalidateQueries({ queryKey: keys.health });
    if (message.type === 'plan_adapted') announce(texts.live.planAdapted);
  }
}

/**
 * The live socket while signed in: progress, milestones and plan changes made anywhere (the bot,
 * another tab) update the open screens at once. `data-live` on <html> tells tests it is ready.
 */
export function useLiveUpdates(): { status: LiveStatus; reconnectNow: () => void } {
  const session = useSession();
  const client = useQueryClient();
  const { t, locale } = useI18n();
  const announce = useAnnounce();
  const api = useApi();
  const readPrograms = () =>
    client.fetchQuery({ queryKey: keys.programs(locale), queryFn: () => tracksApi.programs(api, locale) });
  const [status, setStatus] = useState<LiveStatus>('connecting');
  // A ref, not state: the button calls whichever connection is current, and nothing re-renders for it.
  const connection = useRef<LiveConnection | undefined>(undefined);
  useEffect(() => {
    const live = connectLive({
      token: session.token,
      refresh: session.refresh,
      lang: locale,
      onStatus: (next) => {
        document.documentElement.dataset.live = next;
        setStatus(next);
      },
      onMessage: (message) => handle(client, t, announce, readPrograms, message),
    });
    connection.current = live;
    return () => {
      live.stop();
      connection.current = undefined;
      delete document.documentElement.dataset.live;
    };
  }, [session, client, t, locale, announce, api]);
  const reconnectNow = useCallback(() => connection.current?.reconnectNow(), []);
  return { status, reconnectNow };
}
