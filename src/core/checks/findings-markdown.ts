import type { List, ListItem, PhrasingContent, Root } from 'mdast';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { gfmStringifyOptions, remarkGfmStringify, stringifyOptions } from '../markdown/stringify-options';
import type { SpecFinding } from './spec-finding';

const writer = unified()
  .use(remarkGfmStringify, gfmStringifyOptions)
  .use(remarkStringify, stringifyOptions)
  .freeze();

/**
 * Findings as Markdown for a review comment: a heading line with the count, then one bullet per finding
 * (`- **Warning** FR-006 (Requirement): Vague “some”: ...`). Built as mdast and written by remark, so what a
 * finding quotes from the document cannot change the comment's structure.
 */
export function findingsMarkdown(findings: readonly SpecFinding[], title = 'Spec checks'): string {
  const count = findings.length;
  const root: Root = {
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: [
          { type: 'strong', children: [{ type: 'text', value: title }] },
          {
            type: 'text',
            value: `: ${count === 0 ? 'no findings' : `${count} ${count === 1 ? 'finding' : 'findings'}`}`,
          },
        ],
      },
    ],
  };
  if (count) {
    const list: List = { type: 'list', ordered: false, spread: false, children: findings.map(findingItem) };
    root.children.push(list);
  }
  return writer.stringify(root);
}

function findingItem(finding: SpecFinding): ListItem {
  const where = finding.field ? `${finding.subject} (${finding.field})` : finding.subject;
  const children: PhrasingContent[] = [
    { type: 'strong', children: [{ type: 'text', value: severityWord(finding.severity) }] },
    { type: 'text', value: ` ${where}: ${finding.message} ` },
    { type: 'inlineCode', value: finding.rule },
  ];
  return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] };
}

/** "Error", "Warning", "Suggestion". */
export function severityWord(severity: SpecFinding['severity']): string {
  return severity.charAt(0).toUpperCase() + severity.slice(1);
}
