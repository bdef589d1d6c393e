/**
 * The exhaustiveness check of a switch over a union: a member the switch does not handle fails to compile here,
 * and a value from outside that slipped past validation fails loudly at run time.
 */
export function assertNever(value: never): never {
  throw new Error(`Unexpected: ${JSON.stringify(value)}`);
}
