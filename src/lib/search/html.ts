/**
 * Prepares built HTML for the Pagefind indexer. The production build minifies
 * HTML: it drops the whitespace between table cells and even their optional
 * end tags (`<td>message<td>cause`). Pagefind does not treat a cell as a word
 * boundary, so that would be indexed as the one word "messagecause", and
 * excerpts would run cells together. A space before each cell and row
 * restores the boundary the browser's table layout shows.
 */
export function separateTableCells(html: string): string {
  return html.replace(/(?<!\s)(<t[dhr](?=[\s>]))/gi, ' $1');
}
