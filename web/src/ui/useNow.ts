import { useEffect, useState } from 'react';

const MINUTE_MS = 60_000;

/** The time now, moving on each minute (which task is "now", and which day it is, change as the day goes). */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), MINUTE_MS);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}
