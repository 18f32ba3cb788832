/**
 * The `event` front matter of a blog post tagged `events`:
 *
 *   event:
 *     start: 2026-12-03T14:00:00+01:00
 *     end: 2026-12-03T15:00:00+01:00
 *     location: Auditorium B, Copenhagen office   # and/or call_link
 *     call_link: https://meet.northwind.example/platform-demo
 *     signup_link: https://forms.northwind.example/platform-demo
 *
 * Times must carry an offset: a time without one is ambiguous (YAML tools
 * read it as UTC, readers as local time), and an event an hour off is worse
 * than a failed build.
 */
import * as z from 'zod';

const dateTime = z.iso.datetime({
  offset: true,
  error: (issue) =>
    `must be an ISO 8601 date and time with an offset, e.g. 2026-12-03T14:00:00+01:00 (got ${JSON.stringify(issue.input)})`,
});

const httpUrl = z.url({
  protocol: /^https?$/,
  error: (issue) =>
    `must be an http(s) URL (got ${JSON.stringify(issue.input)})`,
});

const text = z
  .string({error: 'must be text'})
  .trim()
  .min(1, {error: 'must not be empty'});

export const eventFrontMatterSchema = z
  .strictObject(
    {
      start: dateTime,
      end: dateTime,
      location: text.optional(),
      call_link: httpUrl.optional(),
      signup_link: httpUrl.optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `has unknown field(s) ${issue.keys.join(', ')}; the fields are start, end, location, call_link, signup_link`
          : 'must be a mapping with start, end and a location or call_link',
    },
  )
  .refine((event) => Date.parse(event.end) > Date.parse(event.start), {
    error: 'end must be after start',
    path: ['end'],
  })
  .refine(
    (event) => event.location !== undefined || event.call_link !== undefined,
    {
      error:
        'needs a location, a call_link, or both, so people know where to go',
      path: ['location'],
    },
  );

export type EventFrontMatter = z.infer<typeof eventFrontMatterSchema>;

/**
 * Validates the `event` field of a post's front matter. Throws an error that
 * names the file and the field, e.g. `blog/x.md: event.start must be …`.
 */
export function parseEventFrontMatter(
  value: unknown,
  file: string,
): EventFrontMatter {
  if (value === undefined || value === null) {
    throw new Error(
      `${file}: the post is tagged "events" but has no "event" front matter. Add event: {start, end, location or call_link}, or remove the events tag.`,
    );
  }
  const result = eventFrontMatterSchema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const field = ['event', ...issue.path.map(String)].join('.');
      return `  - ${field}: ${issue.message}`;
    });
    throw new Error(
      `${file}: the "event" front matter is not valid:\n${problems.join('\n')}`,
      {cause: result.error},
    );
  }
  return result.data;
}
