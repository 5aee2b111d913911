/** Reads the two kinds of markup in regelingen copy: `{figure.id}` and `[words](/path)`. */
export type InlineToken =
  | { type: "text"; text: string }
  | { type: "figure"; id: string }
  | { type: "link"; text: string; href: string };

const MARKUP = /\{([A-Za-z0-9.]+)\}|\[([^\]]+)\]\(([^)\s]+)\)/g;

export function parseInline(text: string): InlineToken[] {
  const tokens: InlineToken[] = [];
  let last = 0;
  for (const match of text.matchAll(MARKUP)) {
    if (match.index > last) tokens.push({ type: "text", text: text.slice(last, match.index) });
    if (match[1] !== undefined) tokens.push({ type: "figure", id: match[1] });
    else tokens.push({ type: "link", text: match[2] ?? "", href: match[3] ?? "" });
    last = match.index + match[0].length;
  }
  if (last < text.length) tokens.push({ type: "text", text: text.slice(last) });
  return tokens;
}

/** Every piece of text in a block, for checks over all copy. */
export function blockTexts(block: string | { list: string[] } | { steps: string[] }): string[] {
  if (typeof block === "string") return [block];
  return "list" in block ? block.list : block.steps;
}
