import {describe, expect, it} from 'vitest';

import {feedPath, feedSegments, feedUrls} from './feeds';

describe('feed addresses', () => {
  it('puts the team feed and each engineer feed under /support', () => {
    expect(feedSegments()).toEqual(['support', 'rotation.ics']);
    expect(feedSegments('amara')).toEqual(['support', 'rotation', 'amara.ics']);
    expect(feedPath('/')).toBe('/support/rotation.ics');
    expect(feedPath('/baseplate/', 'amara')).toBe(
      '/baseplate/support/rotation/amara.ics',
    );
  });

  it('gives https: and webcal: links on the published host', () => {
    expect(feedUrls('https://baseplate.example', '/')).toEqual({
      https: 'https://baseplate.example/support/rotation.ics',
      webcal: 'webcal://baseplate.example/support/rotation.ics',
    });
    expect(feedUrls('https://acme.github.io', '/baseplate/', 'ines')).toEqual({
      https: 'https://acme.github.io/baseplate/support/rotation/ines.ics',
      webcal: 'webcal://acme.github.io/baseplate/support/rotation/ines.ics',
    });
  });

  it('keeps a port and escapes odd characters', () => {
    expect(feedUrls('http://127.0.0.1:3000', '/', 'a b').webcal).toBe(
      'webcal://127.0.0.1:3000/support/rotation/a%20b.ics',
    );
  });
});
