/** copyText (utils/dom/clipboard.ts): the Clipboard API first, the copy command on a temporary text area after. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from '../../utils/dom/clipboard';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('copyText', () => {
  it('writes with the Clipboard API when it works', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    expect(await copyText('hello', document.body)).toBe(true);
    expect(writeText).toHaveBeenCalledWith('hello');
  });

  it('falls back to the copy command, leaves no text area behind and gives focus back', async () => {
    vi.stubGlobal('navigator', { clipboard: { writeText: vi.fn().mockRejectedValue(new Error('not focused')) } });
    const host = document.createElement('div');
    const button = document.createElement('button');
    host.appendChild(button);
    document.body.appendChild(host);
    button.focus();
    let copied = '';
    document.execCommand = vi.fn(() => {
      copied = (host.querySelector('textarea') as HTMLTextAreaElement).value;
      return true;
    });
    expect(await copyText('{"sources":[]}', host)).toBe(true);
    expect(copied).toBe('{"sources":[]}');
    expect(host.querySelector('textarea')).toBeNull();
    expect(document.activeElement).toBe(button);
    host.remove();
  });

  it('says so when neither way works', async () => {
    vi.stubGlobal('navigator', {});
    document.execCommand = vi.fn(() => false);
    expect(await copyText('x', document.body)).toBe(false);
    expect(document.body.querySelector('textarea')).toBeNull();
  });
});
