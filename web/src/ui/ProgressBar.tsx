/** A 0–100 bar with its name and value for assistive technology (role `progressbar`). */
export function ProgressBar(props: { label: string; value: number; tone?: 'track' | 'habit' }) {
  const value = Math.max(0, Math.min(100, Math.round(props.value)));
  return (
    <div
      className={`bar bar--${props.tone ?? 'track'}`}
      role="progressbar"
      aria-label={props.label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
      aria-valuetext={`${value}%`}
    >
      <div className="bar__fill" style={{ width: `${value}%` }} />
    </div>
  );
}
