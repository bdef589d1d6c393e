import { z } from 'zod';
import type { SpecDocument } from '../../core';

/** The channel the tabs of this app talk on about who edits which draft. */
export const tabChannelName = 'specwright-draft-tabs';

const tabId = z.string().min(1).max(100);
const base = { draftId: z.string().min(1).max(200), from: tabId };

const envelopeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), ...base }),
  z.object({
    type: z.literal('editing'),
    ...base,
    doc: z.unknown(),
    /** When the sender's user first changed the document in that tab (0: not yet): the first to type edits. */
    editedAt: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    openedAt: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  }),
  z.object({ type: z.literal('take-over'), ...base }),
  z.object({ type: z.literal('released'), ...base, to: tabId }),
  z.object({ type: z.literal('rename'), ...base, request: tabId, title: z.string().max(10_000) }),
  z.object({ type: z.literal('renamed'), ...base, request: tabId }),
]);

type Envelope = z.infer<typeof envelopeSchema>;

/** A message between tabs, once validated; an `editing` message carries a document valid for its template. */
export type TabMessage =
  | Exclude<Envelope, { type: 'editing' }>
  | (Omit<Extract<Envelope, { type: 'editing' }>, 'doc'> & { doc: SpecDocument });

/**
 * Reads the document of an `editing` message, or null when it does not fit its template (see `readTabDocument`).
 * Passed in by the pages that follow other tabs' documents: a page that only renames (the home page) has none, and
 * so does not load every template's schema to read messages it ignores.
 */
export type TabDocumentReader = (value: unknown) => SpecDocument | null;

/**
 * Reads what arrived on the channel. Any page of this origin can post there, so nothing is trusted: a message
 * that does not match its schema, or whose document does not match its template's schema (or is nested too
 * deep or too large to check safely), is dropped (null); so is an `editing` message when there is no `readDocument`.
 */
export function parseTabMessage(data: unknown, readDocument?: TabDocumentReader): TabMessage | null {
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) return null;
  if (envelope.data.type !== 'editing') return envelope.data;
  const doc = readDocument?.(envelope.data.doc);
  return doc ? { ...envelope.data, doc } : null;
}

/** A channel to the other tabs, or null without BroadcastChannel; it delivers only validated messages. */
export function openTabChannel(
  onMessage: (message: TabMessage) => void,
  readDocument?: TabDocumentReader,
): {
  post(message: TabMessage): void;
  close(): void;
} | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(tabChannelName);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = parseTabMessage(event.data, readDocument);
    if (message) onMessage(message);
  };
  return {
    post: (message) => channel.postMessage(message),
    close: () => channel.close(),
  };
}
