import { describe, expect, it } from 'vitest';

describe('the worker DOM shim', () => {
  it('decodes named character references the way the DOM does, and only where there is no DOM', async () => {
    expect(typeof document).toBe('undefined');
    await import('./worker-dom-shim');
    const element = (document as unknown as { createElement(tag: string): HTMLElement }).createElement('i');
    element.innerHTML = '&copy;';
    expect(element.textContent).toBe('©');
    element.innerHTML = '&AMP;';
    expect(element.textContent).toBe('&');
    element.innerHTML = '&notAnEntity;';
    expect(element.textContent).toBe('&notAnEntity;');
    Reflect.deleteProperty(globalThis, 'document');
  });
});
