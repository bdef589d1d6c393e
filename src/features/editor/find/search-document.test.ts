import { describe, expect, it } from 'vitest';
import type { GroupItem } from '../../../core';
import { generateDocument } from '../../../core/sample/generate-document';
import { getTemplate } from '../../../core/templates';
import { documentEntries, findInEntries } from './search-document';

const template = getTemplate('feature-spec');

describe('findInEntries', () => {
  const doc = generateDocument(template, {
    userStories: 8,
    scenariosPerStory: 2,
    requirements: 20,
    tableRows: 2,
    listItems: 2,
  });
  const scenarios = (doc.fields.userStories as GroupItem[])[6]!.scenarios as GroupItem[];
  scenarios[1] = { ...scenarios[1], ...Object.fromEntries([['then', 'a quite unmistakable zebra']]) };
  const entries = documentEntries(template, doc);

  it('names a match by its place in the form and its section', () => {
    const result = findInEntries(entries, 'UNMISTAKABLE zebra');
    expect(result.total).toBe(1);
    expect(result.matches[0]).toMatchObject({
      path: 'fields.userStories.6.scenarios.1.then',
      stepId: 'userScenariosSection',
      where: 'User story 7 / Acceptance scenario 2 / Then',
    });
  });

  it('goes to an item by its ID, with or without "Go to"', () => {
    for (const query of ['FR-012', 'go to fr-012']) {
      const { goTo } = findInEntries(entries, query);
      expect(goTo).toMatchObject({ path: 'fields.functionalRequirements.11.text', itemId: 'FR-012' });
    }
    expect(findInEntries(entries, 'FR-999').goTo).toBeUndefined();
  });

  it('stops listing at the limit but counts every match', () => {
    const result = findInEntries(entries, 'e', 5);
    expect(result.matches).toHaveLength(5);
    expect(result.total).toBeGreaterThan(5);
    expect(findInEntries(entries, '   ')).toEqual({ matches: [], total: 0 });
  });
});
