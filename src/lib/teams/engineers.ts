/**
 * The platform engineers, read from blog/authors.yml: the one list of people
 * on the site. Custom features name their owners by the same keys.
 */
import {parse as parseYaml} from 'yaml';
import * as z from 'zod';

export interface Engineer {
  readonly key: string;
  readonly name: string;
  readonly title?: string;
}

const authorsSchema = z.record(
  z.string(),
  z.looseObject({
    name: z.string({error: 'needs a name'}).min(1),
    title: z.string().optional(),
  }),
);

/** Parses the text of blog/authors.yml; `file` names it in errors. */
export function parseEngineers(source: string, file: string): Engineer[] {
  const result = authorsSchema.safeParse(parseYaml(source));
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) =>
        `  - ${issue.path.map(String).join('.') || 'file'}: ${issue.message}`,
    );
    throw new Error(`${file} is not valid:\n${problems.join('\n')}`, {
      cause: result.error,
    });
  }
  return Object.entries(result.data).map(([key, author]) => ({
    key,
    name: author.name,
    ...(author.title ? {title: author.title} : {}),
  }));
}
