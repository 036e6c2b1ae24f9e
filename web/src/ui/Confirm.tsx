import { useEffect, useRef } from 'react';

/**
 * An inline yes/no question next to what it is about (deleting an entry, archiving a goal). The
 * safe answer takes the focus; Escape answers no. `returnFocus` is where the focus goes back to
 * after "no" (the button that asked).
 */
export function Confirm(props: {
  question: string;
  yes: string;
  no: string;
  busy?: boolean;
  onYes: () => void;
  onNo: () => void;
  returnFocus?: () => HTMLElement | null | undefined;
}) {
  const noRef = useRef<HTMLButtonElement>(null);
  useEffect(() => noRef.current?.focus(), []);
  const no = () => {
    props.onNo();
    // After the question is gone and the asking button is back.
    window.requestAnimationFrame(() => props.returnFocus?.()?.focus());
  };
  return (
    <div
      className="confirm"
      role="group"
      aria-label={props.question}
      onKeyDown={(event) => event.key === 'Escape' && no()}
    >
      <p>{props.question}</p>
      <div className="actions">
        <button type="button" className="button button--danger" onClick={props.onYes} disabled={props.busy}>
          {props.yes}
        </button>
        <button type="button" className="button button--quiet" ref={noRef} onClick={no}>
          {props.no}
        </button>
      </div>
    </div>
  );
}
