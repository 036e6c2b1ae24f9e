import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';

/** Long enough to read a line; short, as notes come after most actions. */
const SHOWN_MS = 4_000;
/** At most two notes at once: a third pushes the oldest out. */
const AT_MOST = 2;

type Announce = (text: string) => void;
const AnnouncerContext = createContext<Announce>(() => undefined);

/**
 * One polite live region for things that happen on their own (a change made in Telegram, a
 * milestone): read out by screen readers and shown as a short note at the bottom, clear of the screen's title.
 */
export function AnnouncerProvider(props: { children: ReactNode }) {
  const [notes, setNotes] = useState<Array<{ id: number; text: string }>>([]);
  const counter = useRef(0);
  const announce = useCallback<Announce>((text) => {
    const id = ++counter.current;
    // The same words again (a change seen live right after the person made it) replace the note, not stack on it.
    setNotes((shown) => [...shown.filter((note) => note.text !== text).slice(1 - AT_MOST), { id, text }]);
    window.setTimeout(() => setNotes((shown) => shown.filter((note) => note.id !== id)), SHOWN_MS);
  }, []);
  const value = useMemo(() => announce, [announce]);
  return (
    <AnnouncerContext.Provider value={value}>
      {props.children}
      <div className="toasts" role="status" aria-live="polite" aria-atomic="false" data-testid="live-announcements">
        {notes.map((note) => (
          <p key={note.id} className="toast">
            {note.text}
          </p>
        ))}
      </div>
    </AnnouncerContext.Provider>
  );
}

export const useAnnounce = (): Announce => useContext(AnnouncerContext);
