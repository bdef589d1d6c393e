import { formatId } from '../document/create-document';
import type { IdScheme } from '../template/types';
import type { CheckContext } from './check-context';
import type { TextUnit } from './collect-units';
import { proseText } from './prose-text';
import { escapeRegex } from './term-matcher';

/**
 * The rules about IDs across the document: an ID cited in a text that no item declares, the same ID on two items,
 * and gaps in a sequence (FR-001, FR-002, FR-004: a suggestion, since removing an item leaves a gap on purpose).
 */
export function checkIds(ctx: CheckContext, texts: readonly TextUnit[]): void {
  const declared = texts.filter((unit) => unit.id);
  const known = new Set(declared.map((unit) => unit.text.trim()));
  checkReferences(ctx, texts, known, declared);
  const sequences = new Map<string, TextUnit[]>();
  for (const unit of declared) {
    const key = unit.id!.sequence;
    sequences.set(key, [...(sequences.get(key) ?? []), unit]);
  }
  for (const units of sequences.values()) {
    checkDuplicates(ctx, units);
    checkGaps(ctx, units);
  }
}

function checkReferences(
  ctx: CheckContext,
  texts: readonly TextUnit[],
  known: ReadonlySet<string>,
  declared: readonly TextUnit[],
): void {
  const prefixes = [...new Set(declared.map((unit) => unit.id!.scheme.prefix).filter(Boolean))];
  // Prefixes of the template's schemes too, so a spec citing FR-001 with no requirement at all is caught.
  for (const scheme of templateSchemes(ctx))
    if (scheme.prefix && !prefixes.includes(scheme.prefix)) prefixes.push(scheme.prefix);
  if (!prefixes.length) return;
  const cited = new RegExp(
    `(?<![\\p{L}\\p{N}_-])(?:${prefixes.map(escapeRegex).join('|')})\\d+(?![\\p{L}\\p{N}_])`,
    'gu',
  );
  for (const unit of texts) {
    if (unit.id) continue;
    for (const hit of proseText(unit.text).matchAll(cited)) {
      if (!known.has(hit[0])) ctx.report('unknown-reference', unit, hit[0]);
    }
  }
}

function templateSchemes(ctx: CheckContext): IdScheme[] {
  const out: IdScheme[] = [];
  const visit = (fields: typeof ctx.template.fields) => {
    for (const field of fields) {
      if (field.kind === 'table') for (const column of field.columns) if (column.id) out.push(column.id);
      if (field.kind === 'group') {
        if (field.idField) out.push(field.idField.scheme);
        visit(field.fields);
      }
    }
  };
  visit(ctx.template.fields);
  return out;
}

function checkDuplicates(ctx: CheckContext, units: readonly TextUnit[]): void {
  const counts = new Map<string, number>();
  for (const unit of units) counts.set(unit.text.trim(), (counts.get(unit.text.trim()) ?? 0) + 1);
  units.forEach((unit, index) => {
    const id = unit.text.trim();
    if ((counts.get(id) ?? 0) > 1)
      // Each occurrence is its own finding: the position tells them apart, since the ID does not.
      ctx.report('duplicate-id', unit, id, String(index));
  });
}

function checkGaps(ctx: CheckContext, units: readonly TextUnit[]): void {
  const scheme = units[0]!.id!.scheme;
  const pattern = new RegExp(`^${escapeRegex(scheme.prefix)}(\\d+)$`, 'u');
  const numbered = units
    .map((unit) => ({ unit, n: Number(pattern.exec(unit.text.trim())?.[1] ?? Number.NaN) }))
    .filter(({ n }) => Number.isSafeInteger(n))
    .sort((a, b) => a.n - b.n);
  for (let i = 1; i < numbered.length; i++) {
    const previous = numbered[i - 1]!.n;
    const { unit, n } = numbered[i]!;
    if (n - previous <= 1) continue;
    const from = formatId(scheme, previous + 1);
    const to = formatId(scheme, n - 1);
    const label = (id: string) => (scheme.prefix ? id : `${unit.subject.replace(/\s*\S+$/, '')} ${id}`);
    ctx.report(
      'id-gap',
      unit,
      n - previous === 2 ? `${label(from)} is` : `${label(from)} to ${label(to)} are`,
    );
  }
}
