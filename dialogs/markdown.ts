/**
 * Text a person typed, made safe to put inside a Teams chat message (issue 19). Teams renders a
 * message's text as Markdown and also honours some HTML, so an echoed `[link](https://…)` or
 * `<a href>` became a clickable link under the bot's name. The characters that build markup are
 * escaped — Markdown punctuation with a backslash, `<`, `>` and `&` as HTML entities — so the
 * person sees exactly what was typed. Apply it where user text is placed into bot-authored text,
 * never to stored values. (Adaptive Card TextBlocks, which render no HTML, use card-kit's own.)
 */
export function escapeChatText(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]~|])/g, '\\$1')
    .replace(/^(\s*)([#+-]|\d+\.)(\s)/gm, '$1\\$2$3');
}
