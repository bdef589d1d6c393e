/** Words of a label, for identifiers: letters and digits only. */
function words(label: string): string[] {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '');
}

/**
 * A camelCase JavaScript identifier for a label (`Feature name` -> `featureName`), `fallback` when the label has
 * no usable letters. Bounded in length: ids appear in form paths.
 */
export function identifierFrom(label: string, fallback: string): string {
  const parts = words(label).slice(0, 6);
  const camel = parts
    .map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase()))
    .join('')
    .slice(0, 48);
  return /^[A-Za-z_$]/.test(camel) ? camel : camel === '' ? fallback : `${fallback}${camel}`;
}

/** Hands out identifiers unique within one scope: `title`, `title2`, `title3` ... */
export class IdAllocator {
  private readonly used: Set<string>;

  constructor(reserved: Iterable<string> = []) {
    this.used = new Set(reserved);
  }

  /** A fresh identifier derived from `label`. */
  take(label: string, fallback = 'field', suffix = ''): string {
    const base = identifierFrom(label, fallback) + suffix;
    let id = base;
    for (let n = 2; this.used.has(id) || id === 'id'; n += 1) id = `${base}${n}`;
    this.used.add(id);
    return id;
  }

  /** An allocator that starts where this one is, and leaves this one alone (trial compiles). */
  fork(): IdAllocator {
    return new IdAllocator(this.used);
  }

  /** Takes over what a fork handed out (the trial is kept). */
  absorb(fork: IdAllocator): void {
    for (const id of fork.used) this.used.add(id);
  }
}

/** A label in readable form: outer brackets and braces removed, whitespace collapsed, bounded length. */
export function labelFrom(text: string): string {
  const inner = text
    .trim()
    .replace(/^(\{\{|\[|\{|<|\()\s*/, '')
    .replace(/\s*(\}\}|\]|\}|>|\))$/, '')
    .replace(/[:\s]+$/, '')
    .replace(/\s+/g, ' ');
  // `FEATURE NAME` reads as a label when it is `Feature name`.
  const cased = /[a-z]/.test(inner) ? inner : inner.toLowerCase();
  const short = cased.length > 60 ? `${cased.slice(0, 57).trimEnd()}...` : cased;
  return short === '' ? 'Value' : short[0]!.toUpperCase() + short.slice(1);
}

/** English plural of a short noun phrase, good enough for UI words ("User Story" -> "User Stories"). */
export function pluralOf(noun: string): string {
  if (/[^aeiou]y$/i.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|x|ch|sh)$/i.test(noun)) return `${noun}es`;
  return `${noun}s`;
}
