/**
 * Every GitHub issue form in .github/ISSUE_TEMPLATE is valid against the
 * issue-forms JSON schema (schemas/github-issue-forms.json, a copy of the
 * SchemaStore schema), so a broken template is caught before GitHub silently
 * falls back to a blank issue.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import Ajv from 'ajv';
import {parse} from 'yaml';
import {describe, expect, it} from 'vitest';

import {SITE_DIR} from './site-copy';

const TEMPLATE_DIR = join(SITE_DIR, '.github', 'ISSUE_TEMPLATE');
const schema = JSON.parse(
  readFileSync(join(SITE_DIR, 'schemas', 'github-issue-forms.json'), 'utf8'),
) as object;

export function validateIssueForm(form: unknown): string[] {
  const ajv = new Ajv({allErrors: true, strict: false});
  const validate = ajv.compile(schema);
  if (validate(form)) {
    return [];
  }
  return (validate.errors ?? []).map(
    (error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`,
  );
}

const forms = readdirSync(TEMPLATE_DIR, {withFileTypes: true})
  .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
  .map((entry) => entry.name)
  .filter((name) => name !== 'config.yml');

describe('GitHub issue forms', () => {
  it('the schema rejects a form without a name and a field of an unknown type', () => {
    const errors = validateIssueForm({
      description: 'y',
      body: [{type: 'datepicker', id: 'start', attributes: {label: 'Start'}}],
    });
    expect(errors.join('\n')).toContain("must have required property 'name'");
    expect(errors.join('\n')).toContain('/body/0');
  });

  it.each(forms)('%s is a valid issue form', (name) => {
    const form: unknown = parse(readFileSync(join(TEMPLATE_DIR, name), 'utf8'));
    expect(validateIssueForm(form)).toEqual([]);
  });
});
