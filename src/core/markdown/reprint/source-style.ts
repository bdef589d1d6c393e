import type { Options as StringifyOptions } from 'remark-stringify';

/** How a file writes what the writer may have to write into it: markers, breaks and rules. */
export interface SourceStyle {
  bullet?: '-' | '*' | '+';
  emphasis?: '*' | '_';
  strong?: '*' | '_';
  rule?: '-' | '*' | '_';
  fence?: '`' | '~';
  /** Hard breaks as two trailing spaces instead of a backslash. */
  spaceBreaks?: boolean;
  /** Level 1 and 2 headings underlined (`Title` / `=====`) instead of `#` and `##`. */
  setext?: boolean;
}

/**
 * The conventions a file already uses, read from its lines (outside fenced code), so that lines written into it look
 * like their neighbours. Only what the file shows is returned; the rest stays the writer's default. The most
 * common form wins when a file mixes them.
 */
export function detectSourceStyle(lines: readonly string[]): SourceStyle {
  const votes = {
    bullet: new Map<string, number>(),
    emphasis: new Map<string, number>(),
    strong: new Map<string, number>(),
    rule: new Map<string, number>(),
    fence: new Map<string, number>(),
    breaks: new Map<string, number>(),
    headings: new Map<string, number>(),
  };
  const vote = (map: Map<string, number>, value: string) => map.set(value, (map.get(value) ?? 0) + 1);
  let fence: string | undefined;
  for (const [k, line] of lines.entries()) {
    const open = /^\s{0,3}(`{3,}|~{3,})/u.exec(line);
    if (fence) {
      if (open && open[1]!.startsWith(fence)) fence = undefined;
      continue;
    }
    if (open) {
      fence = open[1]!;
      vote(votes.fence, fence[0]!);
      continue;
    }
    if (/^\s{0,3}#{1,2}\s/u.test(line)) vote(votes.headings, 'atx');
    // An underline is the heading's, not a rule: `Title` then `=====` (or `-----`) right below it.
    const previous = lines[k - 1];
    if (/^\s{0,3}(=+|-+)\s*$/u.test(line) && previous?.trim() && !/^\s*([-*+]|\d+[.)]|#|>)/u.test(previous)) {
      vote(votes.headings, 'setext');
      continue;
    }
    const rule = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/u.exec(line);
    if (rule) {
      vote(votes.rule, rule[1]!);
      continue;
    }
    const bullet = /^\s*([-*+])\s+\S/u.exec(line);
    if (bullet) vote(votes.bullet, bullet[1]!);
    for (const match of line.matchAll(/(\*\*|__)(?=\S)[^*_]*?\S\1/gu)) vote(votes.strong, match[1]![0]!);
    const rest = line.replace(/(\*\*|__)(?=\S)[^*_]*?\S\1/gu, '').replace(/^\s*[-*+]\s+/u, '');
    for (const match of rest.matchAll(
      /(?<![\p{L}\p{N}\\*_])([*_])(?=[^\s*_])[^*_]*?[^\s*_\\]\1(?![\p{L}\p{N}*_])/gu,
    ))
      vote(votes.emphasis, match[1]!);
    const next = lines[k + 1];
    if (next !== undefined && next.trim() !== '' && line.trim() !== '') {
      if (/\S {2,}$/u.test(line)) vote(votes.breaks, 'spaces');
      else if (/[^\\]\\$/u.test(line)) vote(votes.breaks, 'backslash');
    }
  }
  const top = (map: Map<string, number>) => [...map].sort((x, y) => y[1] - x[1])[0]?.[0];
  const style: SourceStyle = {};
  const bullet = top(votes.bullet);
  if (bullet) style.bullet = bullet as SourceStyle['bullet'];
  const emphasis = top(votes.emphasis);
  if (emphasis) style.emphasis = emphasis as SourceStyle['emphasis'];
  const strong = top(votes.strong);
  if (strong) style.strong = strong as SourceStyle['strong'];
  const rule = top(votes.rule);
  if (rule) style.rule = rule as SourceStyle['rule'];
  const fenceChar = top(votes.fence);
  if (fenceChar) style.fence = fenceChar as SourceStyle['fence'];
  if (top(votes.breaks) === 'spaces') style.spaceBreaks = true;
  if (top(votes.headings) === 'setext') style.setext = true;
  return style;
}

/** remark-stringify options for a style (merged over the writer's own). */
export function styleOptions(style: SourceStyle): Partial<StringifyOptions> {
  const options: Partial<StringifyOptions> = {};
  if (style.bullet) {
    options.bullet = style.bullet;
    options.bulletOther = style.bullet === '-' ? '*' : '-';
  }
  if (style.emphasis) options.emphasis = style.emphasis;
  if (style.strong) options.strong = style.strong;
  if (style.rule) options.rule = style.rule;
  if (style.fence) options.fence = style.fence;
  if (style.setext) options.setext = true;
  return options;
}
