/**
 * Heading titles matched by meaning, not bytes: case, numbering (`3.1`, `8.`, `IV.`), notes in brackets
 * (`*(mandatory)*`, `（必須）`), emoji and trailing status notes (`— Draft`, `: TBD`) do not matter.
 */
export function normalizeTitle(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/\p{Extended_Pictographic}|\uFE0F|\u200D/gu, ' ')
    .replace(/^\s*(?:(?:\d+(?:\.\d+)*|[IVXLC]+)[.):]?|[A-Z][.)])\s+/u, '')
    .replace(/\s*[([][^()[\]]*[)\]]\s*/gu, ' ')
    .replace(/&/g, ' and ')
    .replace(/[*_`~]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The ways a heading can be read: the whole normalized title, and its part before a status note separated by a
 * dash or colon ("Open Questions - resolved").
 */
export function titleCandidates(title: string): string[] {
  const whole = normalizeTitle(title);
  const out = [whole];
  const cut = title.split(/\s+[-–—|]\s+|\s*[:：]\s+|[：:]\s*$/u)[0];
  if (cut !== undefined && cut !== title) {
    const head = normalizeTitle(cut);
    if (head && head !== whole) out.push(head);
  }
  return out;
}
