import { type KeyboardEvent, useEffect, useId, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useI18n } from '../../i18n/I18nProvider';
import { chartOptions, seriesColor, seriesDash } from './chart-options';

interface ChartProps {
  names: string[];
  data: { xs: number[]; ys: Array<Array<number | null>> };
  selected: number | null;
  onSelect: (idx: number | null) => void;
}

/** Moves the uPlot cursor onto moment `idx` (the first track that has a value there). */
function pointAt(plot: uPlot, data: ChartProps['data'], idx: number) {
  const value = data.ys.map((ys) => ys[idx]).find((value) => value !== null && value !== undefined) ?? 0;
  plot.setCursor({ left: plot.valToPos(data.xs[idx]!, 'x'), top: plot.valToPos(value, 'y') });
}

/** Arrow keys, Home and End move the cursor over the moments. */
function moveWithKeys(event: KeyboardEvent, props: ChartProps, plot: uPlot | null) {
  const last = props.data.xs.length - 1;
  const current = props.selected ?? last;
  const moves: Record<string, number> = { ArrowLeft: current - 1, ArrowRight: current + 1, Home: 0, End: last };
  const next = moves[event.key];
  if (next === undefined || !plot) return;
  event.preventDefault();
  pointAt(plot, props.data, Math.max(0, Math.min(last, next)));
}

/**
 * The uPlot line chart. Hovering or tapping picks the nearest moment; focused, it is a slider over
 * the moments (arrow keys, Home, End), and the details beside it say why each one moved. The table
 * below holds the same rows for assistive technology.
 */
export function HistoryChart(props: ChartProps) {
  const { t, dateTime, locale, timeZone } = useI18n();
  const hint = useId();
  const moment = props.data.xs[props.selected ?? props.data.xs.length - 1];
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const select = useRef(props.onSelect);
  select.current = props.onSelect;

  useEffect(() => {
    const element = box.current!;
    const onCursor = (idx: number | null) => idx !== null && select.current(idx);
    const reader = { locale, timeZone: timeZone() };
    const created = new uPlot(
      chartOptions(props.names, element.clientWidth, onCursor, reader),
      [props.data.xs, ...props.data.ys],
      element,
    );
    plot.current = created;
    const resize = new ResizeObserver(() =>
      created.setSize(chartOptions(props.names, element.clientWidth, onCursor, reader)),
    );
    resize.observe(element);
    return () => {
      resize.disconnect();
      created.destroy();
      plot.current = null;
    };
  }, [props.names, props.data, locale, timeZone]);

  const onKeyDown = (event: KeyboardEvent) => moveWithKeys(event, props, plot.current);

  return (
    <figure className="chart">
      <div
        ref={box}
        className="chart__canvas"
        tabIndex={0}
        role="slider"
        aria-label={t.history.chartLabel}
        aria-describedby={hint}
        aria-valuemin={0}
        aria-valuemax={Math.max(0, props.data.xs.length - 1)}
        aria-valuenow={props.selected ?? props.data.xs.length - 1}
        aria-valuetext={moment === undefined ? undefined : dateTime(new Date(moment * 1000).toISOString())}
        onKeyDown={onKeyDown}
        onFocus={() =>
          plot.current && props.selected === null && pointAt(plot.current, props.data, props.data.xs.length - 1)
        }
      />
      <figcaption>
        <p id={hint} className="muted">
          {t.history.chartHint}
        </p>
        <ul className="legend">
          {props.names.map((name, i) => (
            <li key={name}>
              <svg width="28" height="10" aria-hidden="true">
                <line
                  x1="0"
                  y1="5"
                  x2="28"
                  y2="5"
                  stroke={seriesColor(i)}
                  strokeWidth="3"
                  strokeDasharray={seriesDash(i)?.join(' ')}
                />
              </svg>
              {name}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
