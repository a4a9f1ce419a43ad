export interface Point {
  x: number;
  y: number;
}

export interface RadarSeries {
  id: string;
  /** Category → value on a 0–100 scale; absent when the model has no data there. */
  values: Readonly<Record<string, number | undefined>>;
}

export interface RadarAxis {
  category: string;
  /** Radians, clockwise from straight up. */
  angle: number;
  end: Point;
  label: Point;
  /** How the label's text hangs off its point, so it never runs over the chart. */
  anchor: 'start' | 'middle' | 'end';
}

export interface RadarVertex extends Point {
  category: string;
  /** True when the model has no value here: the vertex sits at the centre and the view marks it. */
  missing: boolean;
}

export interface RadarPolygon {
  id: string;
  vertices: RadarVertex[];
  /** SVG `points` attribute. */
  points: string;
}

export interface RadarLayout {
  size: number;
  center: Point;
  radius: number;
  axes: RadarAxis[];
  polygons: RadarPolygon[];
  /** Grid rings at 25, 50, 75 and 100, as SVG `points`. */
  rings: string[];
}

export interface RadarOptions {
  /** Width and height of the square drawing, px. */
  size: number;
  /** Room left around the chart for the labels, px. */
  margin?: number;
  /** Distance of a label from its axis end, px. */
  labelGap?: number;
}

// Two decimals: steady SVG strings (snapshot-friendly) at far below a pixel's precision.
const round = (n: number) => Math.round(n * 100) / 100 || 0;
const RINGS = [25, 50, 75, 100];
/** Labels this close to the vertical centre line are centred over it. */
const CENTRED = 1e-6;

/**
 * Geometry of a radar chart: one axis per category that at least one model has, clockwise from the
 * top, and one polygon per model with values clamped to 0–100. Pure, so it is tested by numbers.
 */
export function radarLayout(
  categories: readonly string[],
  series: readonly RadarSeries[],
  { size, margin = size * 0.2, labelGap = 12 }: RadarOptions,
): RadarLayout {
  const shown = categories.filter((category) => series.some((s) => s.values[category] !== undefined));
  const center = { x: round(size / 2), y: round(size / 2) };
  const radius = Math.max(0, size / 2 - margin);
  const at = (angle: number, distance: number): Point => ({
    x: round(center.x + distance * Math.sin(angle)),
    y: round(center.y - distance * Math.cos(angle)),
  });
  const angleOf = (i: number) => (2 * Math.PI * i) / shown.length;
  const toPoints = (points: readonly Point[]) => points.map((p) => `${p.x},${p.y}`).join(' ');

  const axes = shown.map((category, i): RadarAxis => {
    const angle = angleOf(i);
    const sin = Math.sin(angle);
    return {
      category,
      angle,
      end: at(angle, radius),
      label: at(angle, radius + labelGap),
      anchor: Math.abs(sin) < CENTRED ? 'middle' : sin > 0 ? 'start' : 'end',
    };
  });

  const polygons = series.map((s): RadarPolygon => {
    const vertices = shown.map((category, i): RadarVertex => {
      const value = s.values[category];
      const share = value === undefined ? 0 : Math.min(100, Math.max(0, value)) / 100;
      return { category, missing: value === undefined, ...at(angleOf(i), radius * share) };
    });
    return { id: s.id, vertices, points: toPoints(vertices) };
  });

  const rings = RINGS.map((level) => toPoints(shown.map((_, i) => at(angleOf(i), (radius * level) / 100))));
  return { size, center, radius, axes, polygons, rings };
}
