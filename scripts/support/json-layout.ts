/**
 * JSON as the formatter lays out data/: an object or array stays on one line when it fits the
 * line width, else each member goes on its own line. Files written this way come out of
 * `npm run format` unchanged, so a maintainer's diff shows only what changed.
 */
export function layoutJson(value: unknown, width = 120): string {
  return `${layout(value, 0, 0, width)}\n`;
}

function inline(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? '[]' : `[${value.map(inline).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value).filter(([, v]) => v !== undefined);
    return members.length === 0
      ? '{}'
      : `{ ${members.map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** `used`: the columns taken on the line before the value starts (indent and key), plus a trailing comma. */
function layout(value: unknown, indent: number, used: number, width: number): string {
  const flat = inline(value);
  if (used + flat.length <= width || value === null || typeof value !== 'object') return flat;
  const pad = ' '.repeat(indent + 2);
  const members = Array.isArray(value)
    ? value.map((item) => ({ key: '', item }))
    : Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([key, item]) => ({ key: `${JSON.stringify(key)}: `, item }));
  if (members.length === 0) return flat;
  const lines = members.map(({ key, item }, i) => {
    const comma = i < members.length - 1 ? 1 : 0;
    return `${pad}${key}${layout(item, indent + 2, pad.length + key.length + comma, width)}${comma ? ',' : ''}`;
  });
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${lines.join('\n')}\n${' '.repeat(indent)}${close}`;
}
