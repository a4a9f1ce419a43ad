import { describe, expect, it } from 'vitest';
import { radarLayout } from '../../lib/compare/radar';

const categories = ['knowledge', 'reasoning', 'coding', 'math'];

describe('radarLayout', () => {
  const layout = radarLayout(
    categories,
    [
      { id: 'a', values: { knowledge: 100, coding: 50, math: 0 } },
      { id: 'b', values: { knowledge: 50, coding: 100, math: 150 } },
    ],
    { size: 200, margin: 40, labelGap: 10 },
  );

  it('leaves out categories no model has and spaces the rest evenly, clockwise from the top', () => {
    expect(layout.axes.map((a) => a.category)).toEqual(['knowledge', 'coding', 'math']);
    expect(layout.center).toEqual({ x: 100, y: 100 });
    expect(layout.radius).toBe(60);
    expect(layout.axes[0]?.end).toEqual({ x: 100, y: 40 });
    expect(layout.axes[1]?.angle).toBeCloseTo((2 * Math.PI) / 3);
    expect(layout.axes[1]?.end.x).toBeCloseTo(100 + 60 * Math.sin((2 * Math.PI) / 3), 2);
    expect(layout.axes[1]?.end.y).toBeCloseTo(130, 2);
    expect(layout.axes[2]?.end.x).toBeCloseTo(100 - 51.96, 2);
  });

  it('puts labels beyond the axis ends, anchored away from the chart', () => {
    expect(layout.axes[0]?.label).toEqual({ x: 100, y: 30 });
    expect(layout.axes.map((a) => a.anchor)).toEqual(['middle', 'start', 'end']);
    expect(layout.axes[1]?.label.y).toBeCloseTo(135, 2);
  });

  it('scales each value along its axis, clamped to 0–100', () => {
    const [a, b] = layout.polygons;
    expect(a?.vertices[0]).toEqual({ category: 'knowledge', missing: false, x: 100, y: 40 });
    expect(a?.vertices[1]?.x).toBeCloseTo(100 + 30 * Math.sin((2 * Math.PI) / 3), 2);
    expect(a?.vertices[2]).toEqual({ category: 'math', missing: false, x: 100, y: 100 });
    expect(b?.vertices[0]).toEqual({ category: 'knowledge', missing: false, x: 100, y: 70 });
    expect(b?.vertices[2]?.x).toBeCloseTo(layout.axes[2]?.end.x ?? 0, 2);
    expect(a?.points).toBe('100,40 125.98,115 100,100');
  });

  it('puts a missing value at the centre and marks it', () => {
    const missing = radarLayout(
      categories,
      [
        { id: 'a', values: { knowledge: 80 } },
        { id: 'b', values: { coding: 40 } },
      ],
      {
        size: 100,
      },
    );
    expect(missing.polygons[0]?.vertices[1]).toEqual({ category: 'coding', missing: true, x: 50, y: 50 });
    expect(missing.polygons[1]?.vertices[0]).toEqual({ category: 'knowledge', missing: true, x: 50, y: 50 });
  });

  it('draws grid rings at 25, 50, 75 and 100', () => {
    expect(layout.rings).toHaveLength(4);
    expect(layout.rings[3]?.split(' ')[0]).toBe('100,40');
    expect(layout.rings[1]?.split(' ')[0]).toBe('100,70');
  });

  it('has no axes when no model has a category', () => {
    const empty = radarLayout(categories, [{ id: 'a', values: {} }], { size: 100 });
    expect(empty.axes).toEqual([]);
    expect(empty.polygons[0]?.points).toBe('');
  });
});
