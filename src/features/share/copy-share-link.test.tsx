// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDocument, featureSpec, technicalSpec } from '../../core';
import { createLiveDocument } from '../../lib/live-document';
import { CopyShareLink } from './copy-share-link';
import { decodeShareData } from './decode-share-data';

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

afterEach(() => {
  cleanup();
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('CopyShareLink', () => {
  it('copies a link whose fragment holds the whole current document', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    stubClipboard(writeText);
    const doc = createDocument(featureSpec);
    doc.fields.featureName = 'Photo upload';
    const live = createLiveDocument('d1', doc);
    render(<CopyShareLink live={live} />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy share link' }));

    const url = writeText.mock.calls[0]?.[0] ?? '';
    expect(url).toContain('#/shared/');
    expect(decodeShareData(url.split('#/shared/')[1] ?? '')).toEqual({ ok: true, doc });
    expect(screen.getByText(/Link copied/)).toBeInTheDocument();
    expect(screen.getByLabelText('Share link')).toHaveValue(url);
  });

  it('shows the link to copy by hand when the clipboard is refused', async () => {
    stubClipboard(async () => {
      throw new DOMException('denied', 'NotAllowedError');
    });
    render(<CopyShareLink live={createLiveDocument('d1', createDocument(technicalSpec))} />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy share link' }));
    expect(screen.getByText(/Copy the link below/)).toBeInTheDocument();
    expect((screen.getByLabelText('Share link') as HTMLInputElement).value).toContain('#/shared/');
  });

  it('suggests the file instead of a link that is too long', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    stubClipboard(writeText);
    const doc = createDocument(technicalSpec);
    // Random text barely compresses.
    let seed = 42;
    let noise = '';
    for (let i = 0; i < 60_000; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      noise += String.fromCharCode(33 + (seed % 90));
    }
    doc.fields.title = noise;
    render(<CopyShareLink live={createLiveDocument('d1', doc)} />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy share link' }));
    expect(writeText).not.toHaveBeenCalled();
    expect(screen.getByText(/too long for a link/)).toHaveTextContent('Download Markdown');
  });
});
