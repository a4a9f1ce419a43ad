// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createSkippedContentCheck } from '../../lib/page/skipped-content';

afterEach(() => {
  document.designMode = 'off';
});

describe('createSkippedContentCheck', () => {
  it('skips fields, editable regions and what is inside them, and the extension host', () => {
    document.body.innerHTML =
      '<p id="p">GPT-4o</p><textarea id="t">o3</textarea><div contenteditable id="e"><b id="b">o3</b></div><div id="host"></div>';
    const byId = (id: string) => document.getElementById(id) as HTMLElement;
    const skipped = createSkippedContentCheck(byId('host'));
    expect(skipped(byId('p'))).toBe(false);
    expect(skipped(byId('t'))).toBe(true);
    expect(skipped(byId('e'))).toBe(true);
    expect(skipped(byId('b'))).toBe(true);
    expect(skipped(byId('host'))).toBe(true);
    expect(skipped(document)).toBe(false);
  });

  it('skips everything in a document in design mode', () => {
    document.body.innerHTML = '<p id="p">GPT-4o</p>';
    document.designMode = 'on';
    const skipped = createSkippedContentCheck();
    expect(skipped(document.getElementById('p') as HTMLElement)).toBe(true);
    expect(skipped(document)).toBe(true);
  });

  it('keeps the verdict on the last parent until told to forget it', () => {
    document.body.innerHTML = '<div id="d"><p>a</p><p>b</p></div>';
    const parent = document.getElementById('d') as HTMLElement;
    const [a, b] = [...parent.children] as HTMLElement[];
    const skipped = createSkippedContentCheck();
    expect(skipped(a as HTMLElement)).toBe(false);
    parent.setAttribute('contenteditable', 'true');
    expect(skipped(b as HTMLElement)).toBe(false);
    skipped.forget();
    expect(skipped(b as HTMLElement)).toBe(true);
  });
});
