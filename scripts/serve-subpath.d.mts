export function serveSubpath(options?: {
  dir?: string;
  prefix?: string;
  port?: number;
  host?: string;
}): Promise<{ url: string; close: () => Promise<void> }>;
