import { type ReactNode, useEffect, useRef } from 'react';

/**
 * A screen: its heading is the page's one h1 and takes the focus when the screen opens, so a
 * keyboard or screen-reader user starts at the top of what changed.
 */
export function Screen(props: { title: string; lead?: ReactNode; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${props.title} · Stepwise`;
  }, [props.title]);
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);
  return (
    <>
      <header className="screen__header">
        <h1 ref={heading} tabIndex={-1}>
          {props.title}
        </h1>
        {props.lead}
      </header>
      {props.children}
    </>
  );
}
