/** The Chromium executable the tests and benchmark use, or undefined when there is none. */
export function chromiumPath(): string | undefined;
/** Launch flags for Chromium on a closed network. */
export const chromiumArgs: string[];
