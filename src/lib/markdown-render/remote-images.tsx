import {
  type ComponentProps,
  createContext,
  type ReactNode,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import './remote-images.css';

interface ImageGate {
  /** Hosts the reader allowed to load images from. */
  allowed: ReadonlySet<string>;
  /** An image from `host` is on the page; the returned function says it has gone. */
  register: (host: string) => () => void;
}

const ImageGateContext = createContext<ImageGate | null>(null);

/** The host an image would be requested from, or undefined when it needs no request (data: and blob: URLs). */
export function remoteImageHost(src: string): string | undefined {
  let url: URL;
  try {
    url = new URL(src, 'https://invalid.invalid/');
  } catch {
    return undefined;
  }
  if (url.protocol === 'data:' || url.protocol === 'blob:') return undefined;
  return url.host || src;
}

/**
 * Holds back remote images in rendered Markdown until the reader asks: whoever wrote a document could otherwise learn
 * when and from where it was opened (an image request carries the reader's address). Shows one "Load images from
 * <host>" button per host above `children`; every image inside (inline, reference, in table cells) is a placeholder
 * until its host is allowed. The choice lasts as long as this gate is on the page.
 */
export function RemoteImageGate({ children }: { children: ReactNode }) {
  const [allowed, setAllowed] = useState<ReadonlySet<string>>(() => new Set());
  const [hosts, setHosts] = useState<ReadonlyMap<string, number>>(() => new Map());
  const gate = useMemo<ImageGate>(
    () => ({
      allowed,
      register: (host) => {
        setHosts((current) => new Map(current).set(host, (current.get(host) ?? 0) + 1));
        return () =>
          setHosts((current) => {
            const next = new Map(current);
            const count = (next.get(host) ?? 1) - 1;
            if (count > 0) next.set(host, count);
            else next.delete(host);
            return next;
          });
      },
    }),
    [allowed],
  );
  const waiting = [...hosts.keys()].filter((host) => !allowed.has(host)).sort();
  return (
    <ImageGateContext.Provider value={gate}>
      {waiting.length > 0 ? (
        <div className="remote-images">
          <p>
            Images from other sites are not loaded, so that they do not learn that you opened this document.
          </p>
          {waiting.map((host) => (
            <button
              key={host}
              type="button"
              className="button small"
              onClick={() => setAllowed((current) => new Set(current).add(host))}
            >
              Load images from {host}
            </button>
          ))}
        </div>
      ) : null}
      {children}
    </ImageGateContext.Provider>
  );
}

/**
 * An image of rendered Markdown: shown when it needs no request or its host was allowed in the surrounding
 * `RemoteImageGate`, otherwise a placeholder naming its description and host. Never sends a referrer.
 */
export function GatedImage({ src, alt, ...props }: ComponentProps<'img'>) {
  const gate = useContext(ImageGateContext);
  const source = typeof src === 'string' ? src : '';
  const host = remoteImageHost(source);
  const register = gate?.register;
  useEffect(() => (host && register ? register(host) : undefined), [host, register]);
  if (!source) return null;
  if (host === undefined || gate?.allowed.has(host)) {
    return <img {...props} src={source} alt={alt ?? ''} loading="lazy" referrerPolicy="no-referrer" />;
  }
  const description = alt ? `“${alt}”` : 'an image';
  return (
    <span
      className="remote-image-placeholder"
      role="img"
      aria-label={`Not loaded: ${description} from ${host}`}
    >
      Image not loaded: {description} from {host}
    </span>
  );
}
