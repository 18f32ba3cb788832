import {describe, expect, it} from 'vitest';

import {decodeEntities, excerptSegments} from './excerpt';

describe('excerptSegments', () => {
  it('splits a Pagefind excerpt into plain and highlighted text', () => {
    expect(
      excerptSegments('lower <mark>requests</mark> of all <mark>pods</mark>'),
    ).toEqual([
      {text: 'lower ', highlighted: false},
      {text: 'requests', highlighted: true},
      {text: ' of all ', highlighted: false},
      {text: 'pods', highlighted: true},
    ]);
  });

  it('decodes escaped text, so markup in a page is shown as text, never run', () => {
    expect(
      excerptSegments(
        'use &lt;img src=x onerror=alert(1)&gt; at <mark>https://&lt;service&gt;</mark>',
      ),
    ).toEqual([
      {text: 'use <img src=x onerror=alert(1)> at ', highlighted: false},
      {text: 'https://<service>', highlighted: true},
    ]);
  });

  it('drops any tag other than <mark> and merges what is left', () => {
    expect(excerptSegments('a <b>bold</b> <script>x</script>move')).toEqual([
      {text: 'a bold xmove', highlighted: false},
    ]);
  });

  it('returns nothing for an empty excerpt', () => {
    expect(excerptSegments('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hexadecimal references', () => {
    expect(decodeEntities('&quot;a&quot; &amp; &#39;b&#x27; &#8594;')).toBe(
      `"a" & 'b' →`,
    );
  });

  it('leaves unknown or invalid references as they are', () => {
    expect(decodeEntities('&unknown; &#0; &#x110000;')).toBe(
      '&unknown; &#0; &#x110000;',
    );
  });
});
