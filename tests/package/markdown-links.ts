// Links and headings of a markdown file, as GitHub and npm render them.

export interface MarkdownLink {
  readonly line: number;
  readonly target: string;
}

/** Inline links and images, `[text](target)`, outside fenced code blocks and code spans. */
export function linksOf(markdown: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  let fence: string | undefined;
  markdown.split(/\r?\n/).forEach((text, index) => {
    const fenceMark = /^\s*(`{3,}|~{3,})/.exec(text);
    if (fenceMark) {
      if (!fence) fence = fenceMark[1]!;
      else if (text.trim() === fence) fence = undefined;
      return;
    }
    if (fence) return;
    const withoutCode = text.replace(/`[^`]*`/g, '');
    for (const match of withoutCode.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      links.push({ line: index + 1, target: match[1]! });
    }
  });
  return links;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors of every heading of a markdown file, outside fenced code blocks. */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  let inFence = false;
  for (const text of markdown.split(/\r?\n/)) {
    if (/^\s*(`{3,}|~{3,})/.test(text)) inFence = !inFence;
    const heading = !inFence && /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(text);
    if (heading) anchors.add(anchorOf(heading[1]!));
  }
  return anchors;
}
