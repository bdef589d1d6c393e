/** Launch flags for Chromium on a closed network. */
export const chromiumArgs: string[];
/** Launch options (executable, flags, environment) for the Chromium the tests and the benchmark use. */
export function chromiumLaunchOptions(env?: NodeJS.ProcessEnv): {
  executablePath: string | undefined;
  args: string[];
  env?: Record<string, string | undefined>;
};
/** The Chromium executable the tests and benchmark use, or undefined when there is none. */
export function chromiumPath(env?: NodeJS.ProcessEnv): string | undefined;
