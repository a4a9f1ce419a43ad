// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AllowSite, SiteAccessSettings, siteAccessNote } from '../../components/SiteAccess';

const root = () => document.body.appendChild(document.createElement('div'));
const buttons = (el: Element) => [...el.querySelectorAll('button')];

afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
});

describe('AllowSite (popup)', () => {
  it('allows the page’s site, and stops there once allowed', () => {
    const onAllow = vi.fn();
    const onDisallow = vi.fn();
    const el = root();
    render(<AllowSite site="https://docs.example.com" allowed={false} onAllow={onAllow} onDisallow={onDisallow} />, el);
    expect(buttons(el).map((b) => b.textContent)).toEqual(['Allow on docs.example.com']);
    buttons(el)[0]?.click();
    expect(onAllow).toHaveBeenCalledOnce();

    render(
      <AllowSite
        site="http://127.0.0.1"
        allowed
        note="Reload the page to start ModelPeek on it."
        onAllow={onAllow}
        onDisallow={onDisallow}
      />,
      el,
    );
    expect(el.textContent).toContain('ModelPeek works on http://127.0.0.1.');
    expect(el.textContent).toContain('Reload the page');
    buttons(el)[0]?.click();
    expect(onDisallow).toHaveBeenCalledOnce();
  });
});

describe('SiteAccessSettings (options)', () => {
  const props = {
    sites: ['http://127.0.0.1', 'https://docs.example.com'],
    state: { everySite: false, withoutAccess: ['https://docs.example.com'] },
    browserName: 'chromium' as const,
    busy: false,
    onMode: vi.fn(),
    onRemove: vi.fn(),
    onGrant: vi.fn(),
  };

  it('lists the allowed sites, each removable, with a way to give access where the browser gives none', () => {
    const el = root();
    render(<SiteAccessSettings {...props} mode="allowed-sites" />, el);
    expect([...el.querySelectorAll('.site')].map((s) => s.textContent)).toEqual([
      'http://127.0.0.1',
      'docs.example.com',
    ]);
    const labels = buttons(el).map((b) => b.getAttribute('aria-label') ?? b.textContent);
    expect(labels).toEqual(['Remove http://127.0.0.1', 'Give access', 'Remove docs.example.com']);
    buttons(el)[1]?.click();
    buttons(el)[2]?.click();
    expect(props.onGrant).toHaveBeenCalledWith('https://docs.example.com');
    expect(props.onRemove).toHaveBeenCalledWith('https://docs.example.com');
  });

  it('hides the list on every site', () => {
    const el = root();
    render(<SiteAccessSettings {...props} mode="every-site" />, el);
    expect(el.querySelector('.allowed-sites')).toBeNull();
    (el.querySelector('input[value="allowed-sites"]') as HTMLInputElement).click();
    expect(props.onMode).toHaveBeenCalledWith('allowed-sites');
  });

  it.each([
    ['allowed-sites', true, 'chromium', /still loads .* every site.*“On specific sites”/],
    ['allowed-sites', false, 'chromium', /only on the sites it has been given/],
    ['allowed-sites', true, 'firefox', /Firefox still gives .* every site.*stops at once.*about:addons/],
    ['allowed-sites', false, 'firefox', /only on the sites it has been given/],
    ['every-site', false, 'chromium', /“On all sites”/],
    ['every-site', false, 'firefox', /“On every site” again/],
  ] as const)('in %s mode, with every site %s in %s, says %s', (mode, everySite, browserName, text) => {
    expect(siteAccessNote(mode, everySite, browserName)).toMatch(text);
  });

  it.each([
    [true, 'chromium'],
    [true, 'firefox'],
  ] as const)('on every site with every site %s in %s, says nothing', (everySite, browserName) => {
    expect(siteAccessNote('every-site', everySite, browserName)).toBeUndefined();
  });
});
