import {describe, expect, it} from 'vitest';

import {separateTableCells} from './html';

describe('separateTableCells', () => {
  it('separates the cells of minified HTML, whose end tags are left out', () => {
    expect(
      separateTableCells(
        '<table><thead><tr><th>message<th>cause<tbody><tr><td><code>exceeded quota: compute-resources</code><TD class=x>requests</table>',
      ),
    ).toBe(
      '<table><thead> <tr> <th>message <th>cause<tbody> <tr> <td><code>exceeded quota: compute-resources</code> <TD class=x>requests</table>',
    );
  });

  it('leaves separated cells, table sections and other markup alone', () => {
    const html =
      '<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead></table><p>text</p><li>item</li>';
    expect(separateTableCells(html)).toBe(html);
  });
});
