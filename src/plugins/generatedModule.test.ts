import {describe, expect, it} from 'vitest';

import {generatedModule} from './generatedModule';

describe('generatedModule', () => {
  it('names a created data file by the @generated alias', () => {
    expect(
      generatedModule(
        '/site/.docusaurus/support-rotation/default/rotation.json',
        '/site/.docusaurus',
      ),
    ).toBe('@generated/support-rotation/default/rotation.json');
  });

  it('refuses a file outside the generated files folder', () => {
    expect(() =>
      generatedModule('/site/static/rotation.json', '/site/.docusaurus'),
    ).toThrow(/not in the generated files folder \/site\/\.docusaurus/);
  });
});
