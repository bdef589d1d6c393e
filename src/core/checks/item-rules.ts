import type { GroupItem } from '../document/spec-document';
import type { FieldRole, GroupField } from '../template/types';
import type { CheckContext } from './check-context';
import type { ItemUnit } from './collect-units';
import { proseText } from './prose-text';
import { termMatcher } from './term-matcher';

/**
 * Runs the rules that read a whole item: a user story needs its "Why this priority", its "Independent Test" and an
 * acceptance scenario; a scenario needs its Given, When and Then (in their fields, or as words of a free-text
 * scenario).
 */
export function checkItem(ctx: CheckContext, unit: ItemUnit): void {
  if (unit.role === 'user-story') checkStory(ctx, unit);
  else if (unit.role === 'acceptance-scenario') checkScenario(ctx, unit);
}

function checkStory(ctx: CheckContext, unit: ItemUnit): void {
  const place = (role: FieldRole) => {
    const field = fieldWithRole(unit.group, role);
    return field ? { ...unit, path: `${unit.path}.${field.id}`, field: field.label } : undefined;
  };
  for (const [role, rule] of [
    ['story-why', 'story-why'],
    ['story-test', 'story-test'],
  ] as const) {
    const field = fieldWithRole(unit.group, role);
    const at = place(role);
    if (field && at && !textOf(unit.item, field.id)) ctx.report(rule, at);
  }
  const scenarios = fieldWithRole(unit.group, 'acceptance-scenario');
  if (scenarios) {
    const items = unit.item[scenarios.id];
    const filled = Array.isArray(items) && items.some((item) => hasAnyText(item));
    if (!filled)
      ctx.report('story-scenarios', {
        ...unit,
        path: `${unit.path}.${scenarios.id}`,
        field: scenarios.label,
      });
  }
}

function checkScenario(ctx: CheckContext, unit: ItemUnit): void {
  const parts = [
    ['scenario-given', ctx.rules.scenarioKeywords[0]],
    ['scenario-when', ctx.rules.scenarioKeywords[1]],
    ['scenario-then', ctx.rules.scenarioKeywords[2]],
  ] as const;
  const fields = parts.map(([role]) => fieldWithRole(unit.group, role));
  const filled = fields.map((field) => (field ? textOf(unit.item, field.id) !== '' : false));
  const freeFields = unit.group.fields.filter((field) => !field.role && field.kind === 'text');
  let missing: { word: string; index: number }[];
  let at = fields;
  if (filled.some(Boolean)) {
    missing = parts.map(([, word], index) => ({ word, index })).filter(({ index }) => !filled[index]);
  } else {
    // A scenario written as free text: its keywords must be there as words, and the link goes to that text.
    const free = freeFields.map((field) => proseText(textOf(unit.item, field.id))).join(' ');
    missing = parts
      .map(([, word], index) => ({ word, index }))
      .filter(({ word }) => termMatcher([word.toLowerCase()])(free).length === 0);
    const written = freeFields.find((field) => textOf(unit.item, field.id) !== '');
    at = fields.map(() => written);
  }
  if (!missing.length) return;
  const first = at[missing[0]!.index];
  ctx.report(
    'scenario-incomplete',
    {
      ...unit,
      path: first ? `${unit.path}.${first.id}` : unit.path,
      field: first?.label ?? '',
    },
    missing.map(({ word }) => word).join(', '),
  );
}

function fieldWithRole(group: GroupField, role: FieldRole) {
  return group.fields.find((field) => field.role === role);
}

function textOf(item: GroupItem, id: string): string {
  const value = item[id];
  return typeof value === 'string' ? value.trim() : '';
}

function hasAnyText(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(hasAnyText);
  if (value && typeof value === 'object') return Object.values(value).some(hasAnyText);
  return false;
}
