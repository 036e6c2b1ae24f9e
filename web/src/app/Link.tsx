import type { MouseEvent, ReactNode } from 'react';
import { navigate, type Route } from './router';

/** A real link (open in a new tab, copy the address) that a plain click follows without a reload. */
export function Link(props: {
  to: Route;
  className?: string;
  current?: boolean;
  /** Called when a plain click is followed in place (e.g. to close the menu it sits in). */
  onFollow?: () => void;
  children: ReactNode;
}) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(props.to);
    props.onFollow?.();
  };
  return (
    <a href={props.to} className={props.className} onClick={follow} aria-current={props.current ? 'page' : undefined}>
      {props.children}
    </a>
  );
}
