import type { ReactNode } from 'react';

/**
 * A moment for something finished (a step, a whole day's plan, a milestone): a card of its own with a small burst,
 * read out as a status. The burst is decoration; with reduced motion it simply is there, unmoving.
 */
export function Celebration(props: { title: string; emoji?: string; children?: ReactNode }) {
  return (
    <div className="celebration" role="status">
      <span className="celebration__burst" aria-hidden="true">
        {props.emoji ?? '🎉'}
      </span>
      <div>
        <p className="celebration__title">{props.title}</p>
        {props.children}
      </div>
    </div>
  );
}
