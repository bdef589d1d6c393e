import { describe, expect, it } from 'vitest';
import { renumberItems, staleReferences } from './renumber-items';

const scheme = { prefix: 'FR-', digits: 3, regex: '^FR-\\d{3}$' };

describe('renumberItems', () => {
  it('numbers items in their order and says which ids changed', () => {
    const { items, changes } = renumberItems(
      [{ ref: 'FR-001' }, { ref: 'FR-003' }, { ref: 'FR-007' }],
      'ref',
      scheme,
    );
    expect(items.map((item) => item.ref)).toEqual(['FR-001', 'FR-002', 'FR-003']);
    expect(changes).toEqual([
      { from: 'FR-003', to: 'FR-002' },
      { from: 'FR-007', to: 'FR-003' },
    ]);
  });

  it('finds text that still mentions an old id as a whole word, not the ids themselves', () => {
    const fields = {
      functionalRequirements: [
        { ref: 'FR-002', text: 'Logs what FR-003 rejects' },
        { ref: 'FR-003', text: 'Nothing about FR-0030' },
      ],
      successCriteria: [{ ref: 'SC-001', text: 'fr-003 holds' }],
    };
    const stale = staleReferences(fields, 'fields', [{ from: 'FR-003', to: 'FR-002' }], {
      field: 'fields.functionalRequirements',
      idKey: 'ref',
      itemName: 'functional requirement',
    });
    expect(stale).toEqual([
      { path: 'fields.functionalRequirements.0.text', id: 'FR-003' },
      { path: 'fields.successCriteria.0.text', id: 'FR-003' },
    ]);
  });

  it('looks for plain numbers with the item name ("user story 3")', () => {
    const stale = staleReferences(
      { notes: 'See user story 3. Step 3 is elsewhere.' },
      'fields',
      [{ from: '3', to: '2' }],
      { field: 'fields.userStories', idKey: 'number', itemName: 'user story' },
    );
    expect(stale).toEqual([{ path: 'fields.notes', id: '3' }]);
  });
});
