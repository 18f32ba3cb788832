/**
 * The rent-an-engineer page and the GitHub side agree: the issue form has a
 * field for every answer the page sends (same id, same label, a text field
 * that GitHub can prefill), the page sends every field the form requires, and
 * config.yml links to the support channel and the site that src/data/site.ts
 * names. YAML cannot import TypeScript, so these tests are what keeps the two
 * in step. (Schema validity of every form is tests/issue-forms.test.ts.)
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parse} from 'yaml';
import {z} from 'zod';
import {describe, expect, it} from 'vitest';

import {site} from '../src/data/site';
import {
  FIELDS,
  REQUEST_LABEL,
  TEMPLATE_FILE,
  TITLE_PARAM,
  buildRequestLink,
  emptyDraft,
  validateRequest,
  type RequestDraft,
} from '../src/lib/rent-request';
import {SITE_DIR} from './site-copy';

const TEMPLATE_DIR = join(SITE_DIR, '.github', 'ISSUE_TEMPLATE');

const bodyItem = z.object({
  type: z.string(),
  id: z.string().optional(),
  attributes: z.object({
    label: z.string().optional(),
    description: z.string().optional(),
    value: z.string().optional(),
  }),
  validations: z.object({required: z.boolean()}).optional(),
});
const template = z
  .object({labels: z.array(z.string()), body: z.array(bodyItem)})
  .parse(parse(readFileSync(join(TEMPLATE_DIR, TEMPLATE_FILE), 'utf8')));

const templateFields = template.body.filter((item) => item.id !== undefined);
const templateIds = templateFields.map((item) => item.id!);
const requiredIds = templateFields
  .filter((item) => item.validations?.required === true)
  .map((item) => item.id!);
const pageFields = FIELDS.filter((field) => field.id !== TITLE_PARAM);

/** The smallest request the page accepts: required answers only. */
const minimal: RequestDraft = {
  ...emptyDraft(),
  engagement: 'Pair up',
  title: 'Move the orders service onto the platform',
  team: 'Orders',
  requester: 'mona-lisa',
  contact: '#orders-dev',
  archetype: '01 Lift',
  goal: 'Pair with us while we move the orders service and its cron jobs.',
  start: '2030-03-04',
  duration: '3',
};
const complete: RequestDraft = {
  ...minimal,
  skills: 'Helm, network policies',
  links: 'https://github.com/northwind/orders',
};

function sentParams(draft: RequestDraft): string[] {
  return [...buildRequestLink(site.github, draft).url.searchParams.keys()];
}

describe(`.github/ISSUE_TEMPLATE/${TEMPLATE_FILE}`, () => {
  it(`labels every request "${REQUEST_LABEL}", the label the page links to`, () => {
    expect(template.labels).toContain(REQUEST_LABEL);
  });

  it('has exactly the fields of src/lib/rent-request/fields.ts', () => {
    expect(templateIds).toEqual(pageFields.map((field) => field.id));
  });

  it.each(pageFields.map((field) => [field.id, field] as const))(
    'field %s is a text field GitHub can prefill, with the page label and required flag',
    (id, field) => {
      const item = templateFields.find((candidate) => candidate.id === id)!;
      expect(
        ['input', 'textarea'],
        `"${id}" must be an input or a textarea: GitHub ignores every prefilled answer when one targets a ${item.type}`,
      ).toContain(item.type);
      expect(item.type).toBe(
        field.control === 'textarea' ? 'textarea' : 'input',
      );
      expect(item.attributes.label).toBe(field.label);
      expect(item.validations?.required ?? false).toBe(field.required);
      if (field.control === 'radio') {
        for (const option of field.options) {
          expect(
            item.attributes.description,
            `the description of "${id}" should name "${option.value}" for people who fill in the form by hand`,
          ).toContain(option.value);
        }
      }
    },
  );

  it('links to the request form on the site', () => {
    const page = new URL('rent-an-engineer/', new URL(site.baseUrl, site.url));
    const text = template.body
      .map((item) => item.attributes.value ?? '')
      .join('\n');
    expect(text).toContain(page.href);
  });
});

describe('what the page sends', () => {
  it.each([
    ['the smallest valid request', minimal],
    ['a request with every field', complete],
  ])('%s passes validation', (_name, draft) => {
    expect(validateRequest(draft, '2026-01-01')).toEqual({});
  });

  it.each([
    ['the smallest valid request', minimal],
    ['a request with every field', complete],
  ])(
    '%s sends only the template, the title and template field ids',
    (_name, draft) => {
      const unknown = sentParams(draft).filter(
        (param) =>
          !['template', TITLE_PARAM].includes(param) &&
          !templateIds.includes(param),
      );
      expect(unknown).toEqual([]);
    },
  );

  it('the smallest valid request fills in every required template field', () => {
    const params = sentParams(minimal);
    expect(requiredIds.filter((id) => !params.includes(id))).toEqual([]);
    expect(params.slice(0, 2)).toEqual(['template', TITLE_PARAM]);
  });

  it('opens the rent-an-engineer template by its file name', () => {
    const url = buildRequestLink(site.github, minimal).url;
    expect(url.searchParams.get('template')).toBe(TEMPLATE_FILE);
  });
});

describe('.github/ISSUE_TEMPLATE/config.yml', () => {
  const config = z
    .object({
      blank_issues_enabled: z.boolean(),
      contact_links: z
        .array(
          z
            .object({
              name: z.string().min(1),
              url: z.url(),
              about: z.string().min(1),
            })
            .strict(),
        )
        .min(1),
    })
    .strict()
    .parse(parse(readFileSync(join(TEMPLATE_DIR, 'config.yml'), 'utf8')));
  const siteAddress = new URL(site.baseUrl, site.url).href;
  const fix =
    'update .github/ISSUE_TEMPLATE/config.yml to match src/data/site.ts';

  it('links to the support channel of src/data/site.ts, by its name', () => {
    const link = config.contact_links.find(
      (candidate) => candidate.url === site.supportChannel.url,
    );
    expect(
      link,
      `no contact link to ${site.supportChannel.url}: ${fix}`,
    ).toBeDefined();
    expect(link!.name).toContain(site.supportChannel.name);
  });

  it('links to the site of src/data/site.ts', () => {
    expect(
      config.contact_links.map((link) => link.url),
      `no contact link to ${siteAddress}: ${fix}`,
    ).toContain(siteAddress);
  });

  it('links nowhere else, so a changed address in site.ts cannot leave a stale link', () => {
    const stale = config.contact_links
      .map((link) => link.url)
      .filter(
        (url) =>
          url !== site.supportChannel.url && !url.startsWith(siteAddress),
      );
    expect(stale, fix).toEqual([]);
  });
});
