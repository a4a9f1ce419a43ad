import { radarLayout } from '../lib/compare/radar';
import { CATEGORY_WORDS } from '../lib/compare/verdict';
import { type BenchmarkCategory, SCORED_CATEGORIES } from '../lib/data/schema';

export interface RadarModel {
  id: string;
  name: string;
  values: Partial<Record<BenchmarkCategory, number>>;
}

const SIZE = 360;

/** Category scores of 2+ models as an inline SVG radar; a missing value sits at the centre, ringed. */
export function CompareRadar({ models }: { models: readonly RadarModel[] }) {
  const layout = radarLayout(SCORED_CATEGORIES, models, { size: SIZE, margin: 60, labelGap: 10 });
  if (layout.axes.length < 3) {
    return <p class="missing">Too few categories with data for a radar chart ({layout.axes.length} of 3 needed).</p>;
  }
  const anyMissing = layout.polygons.some((p) => p.vertices.some((v) => v.missing));
  const summary = models
    .map((m) =>
      layout.axes
        .map(
          (a) =>
            `${CATEGORY_WORDS[a.category as BenchmarkCategory]} ${m.values[a.category as BenchmarkCategory]?.toFixed(1) ?? 'no data'}`,
        )
        .join(', '),
    )
    .map((text, i) => `${models[i]?.name}: ${text}`)
    .join('. ');
  return (
    <figure class="radar">
      <svg
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        width={SIZE}
        height={SIZE}
        role="img"
        aria-labelledby="radar-title radar-desc"
      >
        <title id="radar-title">Category scores, 0–100</title>
        <desc id="radar-desc">{summary}</desc>
        {layout.rings.map((points) => (
          <polygon key={points} class="radar-ring" points={points} />
        ))}
        {layout.axes.map((axis) => (
          <g key={axis.category}>
            <line class="radar-axis" x1={layout.center.x} y1={layout.center.y} x2={axis.end.x} y2={axis.end.y} />
            <text
              class="radar-label"
              x={axis.label.x}
              y={axis.label.y}
              text-anchor={axis.anchor}
              dominant-baseline="middle"
            >
              {CATEGORY_WORDS[axis.category as BenchmarkCategory]}
            </text>
          </g>
        ))}
        {layout.polygons.map((polygon, i) => (
          <g key={polygon.id} class={`radar-series series-${i % 6}`} data-model={polygon.id}>
            <polygon class="radar-shape" points={polygon.points} />
            {polygon.vertices.map((v) =>
              v.missing ? (
                <circle key={v.category} class="radar-missing" cx={v.x} cy={v.y} r={6 + i * 3}>
                  <title>{`${models[i]?.name}: no ${CATEGORY_WORDS[v.category as BenchmarkCategory]} data`}</title>
                </circle>
              ) : (
                <circle key={v.category} class="radar-dot" cx={v.x} cy={v.y} r={3} />
              ),
            )}
          </g>
        ))}
      </svg>
      <figcaption>
        <ul class="legend">
          {models.map((m, i) => (
            <li key={m.id} class={`series-${i % 6}`}>
              <span class="swatch" aria-hidden="true" />
              {m.name}
            </li>
          ))}
        </ul>
        {anyMissing && <p class="hint">A ring at the centre marks a category a model has no data for.</p>}
      </figcaption>
    </figure>
  );
}
