import { describe, expect, it } from 'vitest';
import { type Field, fieldKinds } from '../../../core';
import { kindCases } from '../../../core/fields/field-kinds.cases';
// Through FieldControl first, as the app loads it: the group control imports FieldControl back.
import { FieldControl } from '../field-control';
import { controlOf, fieldControls } from './registry';

describe('the registry of controls', () => {
  it('has a control for every kind the core has a module for, and nothing else', () => {
    expect(FieldControl).toBeDefined();
    expect(Object.keys(fieldControls).sort()).toEqual(Object.keys(fieldKinds).sort());
  });

  it.each(Object.values(kindCases).map((c) => [c.field.kind, c.field] as const))(
    'gives a %s field its kind’s control',
    (kind, field) => {
      expect(controlOf(field)).toBe(fieldControls[kind]);
    },
  );

  it('has no control for a kind this build does not know (FieldControl then shows a notice)', () => {
    const stray = { ...kindCases.text.field, kind: 'rating' } as unknown as Field;
    expect(controlOf(stray)).toBeUndefined();
  });
});
