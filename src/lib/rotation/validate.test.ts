import {describe, expect, it} from 'vitest';

import {readYamlFile} from './fixtures';
import {DEFAULT_SOURCES} from './sources';
import {RotationDataError, parseRotation, type Problem} from './validate';

const {rotationFile: ROTATION, authorsFile: AUTHORS} = DEFAULT_SOURCES;

type Raw = Record<string, unknown> & {
  roster: Record<string, unknown>[];
  timeOff: Record<string, unknown>[];
  holidays: Record<string, unknown>[];
  overrides: Record<string, unknown>[];
};

const rotationFile = () => structuredClone(readYamlFile(ROTATION)) as Raw;
const authorsFile = () =>
  structuredClone(readYamlFile(AUTHORS)) as Record<
    string,
    Record<string, unknown>
  >;

/** The problems reported for the real data after `change`. */
function problems(
  change: (raw: Raw, authors: ReturnType<typeof authorsFile>) => void,
  timeZone = 'Europe/Copenhagen',
): Problem[] {
  const raw = rotationFile();
  const authors = authorsFile();
  change(raw, authors);
  try {
    parseRotation(raw, authors, timeZone);
  } catch (error) {
    expect(error).toBeInstanceOf(RotationDataError);
    return [...(error as RotationDataError).problems];
  }
  throw new Error('expected the rotation to be refused');
}

/** Exactly one problem, in `file`, at an entry matching `entry`. */
function onlyProblem(
  found: Problem[],
  file: string,
  entry: RegExp,
  message: RegExp,
  fix: RegExp,
): void {
  expect(found, JSON.stringify(found, null, 2)).toHaveLength(1);
  expect(found[0]!.file).toBe(file);
  expect(found[0]!.entry).toMatch(entry);
  expect(found[0]!.message).toMatch(message);
  expect(found[0]!.fix).toMatch(fix);
}

describe('the published data', () => {
  it('is valid and takes names and GitHub handles from authors.yml', () => {
    const rotation = parseRotation(
      rotationFile(),
      authorsFile(),
      'Europe/Copenhagen',
    );
    expect(rotation.engineers).toHaveLength(14);
    expect(rotation.engineers.find((e) => e.id === 'ines')).toEqual({
      id: 'ines',
      name: 'Inês Carvalho',
      github: 'inescarvalho',
      chat: '@ines.carvalho',
    });
    expect(rotation.timeZone).toBe('Europe/Copenhagen');
    // Every author is on the roster: the two lists name the same people.
    expect(rotation.engineers.map((e) => e.id).sort()).toEqual(
      Object.keys(authorsFile()).sort(),
    );
  });

  it('reports every problem at once, in a message naming file, entry and fix', () => {
    const raw = rotationFile();
    raw.roster[10]!.engineer = 'davis';
    raw.holidays[0]!.date = '2026-13-01';
    let message = '';
    try {
      parseRotation(raw, authorsFile(), 'Europe/Copenhagen');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('The support rotation has 2 problems:');
    expect(message).toContain(
      `- ${ROTATION}, roster[10] (engineer davis): "davis" is not a key in ${AUTHORS}`,
    );
    expect(message).toContain(
      `- ${ROTATION}, holidays[0] (2026-13-01): "2026-13-01" is not a date. Fix:`,
    );
  });
});

describe('the rotation is refused when', () => {
  it('the roster names someone who is not in authors.yml', () => {
    onlyProblem(
      problems((raw) => (raw.roster[10]!.engineer = 'dave')),
      ROTATION,
      /^roster\[10\] \(engineer dave\)$/,
      /"dave" is not a key in blog\/authors\.yml/,
      /use one of its keys \(amara, jonas, priya,.*\), or add the person to blog\/authors\.yml first/,
    );
  });

  it('an author on the roster has no GitHub handle', () => {
    onlyProblem(
      problems((_, authors) => delete authors.lena!.socials),
      AUTHORS,
      /^lena$/,
      /needs a name and socials\.github for lena/,
      /add name and socials\.github to lena in blog\/authors\.yml/,
    );
  });

  it('an engineer is on the roster twice', () => {
    onlyProblem(
      problems((raw) => raw.roster.push({engineer: 'amara', chat: '@a'})),
      ROTATION,
      /^roster\[14\] \(engineer amara\)$/,
      /amara is on the roster twice/,
      /one entry per engineer/,
    );
  });

  it('a roster entry lacks its chat handle', () => {
    onlyProblem(
      problems((raw) => delete raw.roster[1]!.chat),
      ROTATION,
      /^roster\[1\] \(engineer amara\)\.chat$/,
      /is missing/,
      /add it/,
    );
  });

  it('a field is unknown (a typo)', () => {
    onlyProblem(
      problems((raw) => (raw.timeOff[0]!.until = '2026-07-24')),
      ROTATION,
      /^timeOff\[0\] \(engineer amara\)$/,
      /unknown field until/,
      /remove or rename until/,
    );
  });

  it('leaving or joining dates are the wrong way round', () => {
    onlyProblem(
      problems((raw) => {
        raw.roster[0]!.from = '2026-06-01';
        raw.roster[0]!.until = '2026-05-01';
      }),
      ROTATION,
      /^roster\[0\] \(engineer jonas\)$/,
      /until \(2026-05-01\) is before from \(2026-06-01\)/,
      /swap the two dates/,
    );
  });

  it('the roster cannot fill the seats', () => {
    const found = problems((raw) => (raw.roster = raw.roster.slice(0, 1)));
    expect(found.find((p) => p.entry === 'roster')).toMatchObject({
      message: '1 engineer(s) cannot fill 2 seats.',
      fix: expect.stringMatching(/list at least 2 engineers/),
    });
  });

  it('time off names someone not on the roster', () => {
    onlyProblem(
      problems((raw) => (raw.timeOff[1]!.engineer = 'joanna')),
      ROTATION,
      /^timeOff\[1\] \(engineer joanna\)$/,
      /"joanna" is not on the roster/,
      /use the key of an engineer in roster \(jonas, amara/,
    );
  });

  it('time off ends before it starts', () => {
    onlyProblem(
      problems((raw) => (raw.timeOff[0]!.to = '2026-07-01')),
      ROTATION,
      /^timeOff\[0\] \(engineer amara\)$/,
      /to \(2026-07-01\) is before from \(2026-07-06\)/,
      /from is the first day off and to the last/,
    );
  });

  it('a date is not a real date', () => {
    onlyProblem(
      problems((raw) => (raw.timeOff[2]!.from = '2026-02-30')),
      ROTATION,
      /^timeOff\[2\] \(engineer lena\)\.from$/,
      /"2026-02-30" is not a date/,
      /YYYY-MM-DD/,
    );
    onlyProblem(
      problems((raw) => (raw.start = '5 January 2026')),
      ROTATION,
      /^start$/,
      /"5 January 2026" is not a date/,
      /YYYY-MM-DD/,
    );
  });

  it('a date is not a string at all', () => {
    onlyProblem(
      problems((raw) => (raw.holidays[0]!.date = 20260101)),
      ROTATION,
      /^holidays\[0\]\.date$/,
      /must be a date written YYYY-MM-DD/,
      /correct it/,
    );
  });

  it('the start is not a handoff weekday', () => {
    onlyProblem(
      problems((raw) => (raw.start = '2026-01-07')),
      ROTATION,
      /^start$/,
      /2026-01-07 is a wednesday, but shifts start on mondays/,
      /start on a monday: 2026-01-05 or 2026-01-12/,
    );
  });

  it('the handoff weekday or time is wrong', () => {
    onlyProblem(
      problems((raw) => ((raw.handoff as {weekday: string}).weekday = 'Mon')),
      ROTATION,
      /^handoff\.weekday$/,
      /must be one of monday, tuesday/,
      /correct it/,
    );
    onlyProblem(
      problems((raw) => ((raw.handoff as {time: string}).time = '9am')),
      ROTATION,
      /^handoff\.time$/,
      /"9am" is not a time/,
      /HH:MM on a 24-hour clock/,
    );
  });

  it('a seat is listed twice', () => {
    onlyProblem(
      problems((raw) => (raw.seats = ['primary', 'primary'])),
      ROTATION,
      /^seats\[1\]$/,
      /the seat "primary" is listed twice/,
      /its own name/,
    );
  });

  it('a holiday date is listed twice', () => {
    onlyProblem(
      problems((raw) =>
        raw.holidays.push({date: '2026-01-01', name: 'Nytårsdag'}),
      ),
      ROTATION,
      /^holidays\[26\] \(2026-01-01\)$/,
      /already listed at holidays\[0\]/,
      /each date once/,
    );
  });

  it('the rotation file sets its own time zone', () => {
    onlyProblem(
      problems((raw) => (raw.timeZone = 'Europe/Berlin')),
      ROTATION,
      /^timeZone$/,
      /does not set its own time zone/,
      /set timeZone in src\/data\/site\.ts \(now Europe\/Copenhagen\)/,
    );
  });

  it('the site time zone is not a time zone', () => {
    onlyProblem(
      problems(() => {}, 'Europe/Kopenhagen'),
      'src/data/site.ts',
      /^timeZone$/,
      /"Europe\/Kopenhagen" is not an IANA time zone/,
      /such as Europe\/Copenhagen/,
    );
  });

  it('time off leaves a week with an empty seat', () => {
    const found = problems((raw) => {
      raw.roster = raw.roster.slice(0, 3);
      raw.timeOff = [
        {engineer: 'jonas', from: '2026-03-04', to: '2026-03-06'},
        {engineer: 'amara', from: '2026-03-02', to: '2026-03-13'},
      ];
      raw.overrides = [];
    });
    // Amara is away two weeks, Jonas three days of the first: only the
    // first week is short of people.
    expect(found.map((p) => p.entry)).toEqual([
      'the shift starting 2026-03-02',
    ]);
    expect(found[0]).toMatchObject({
      file: ROTATION,
      message:
        'only 1 engineer(s) are free (priya) for 2 seats; away: timeOff[0] (jonas), timeOff[1] (amara).',
      fix: expect.stringMatching(/move or shorten time off/),
    });
  });

  describe('an override', () => {
    it('names someone not on the roster', () => {
      onlyProblem(
        problems((raw) => (raw.overrides[0]!.engineer = 'matteo')),
        ROTATION,
        /^overrides\[0\] \(shift 2027-06-28, seat secondary\)$/,
        /"matteo" is not on the roster/,
        /use the key of an engineer in roster/,
      );
    });

    it('leaves the seat empty', () => {
      for (const engineer of [null, '']) {
        onlyProblem(
          problems((raw) => (raw.overrides[0]!.engineer = engineer)),
          ROTATION,
          /^overrides\[0\] \(shift 2027-06-28, seat secondary\)$/,
          /no engineer is named, which leaves the seat empty/,
          /name the engineer who takes the seat/,
        );
      }
    });

    it('puts someone in two seats of one shift, emptying the other', () => {
      // Mateo would sit both seats if he also took the primary one: both
      // overrides of that shift are named.
      const found = problems((raw) =>
        raw.overrides.push({
          shift: '2027-06-28',
          seat: 'primary',
          engineer: 'mateo',
        }),
      );
      expect(found).toEqual([
        {
          file: ROTATION,
          entry: 'overrides[0] (shift 2027-06-28, seat secondary)',
          message:
            'mateo already sits the primary seat of that shift, so one seat would be empty.',
          fix: expect.stringMatching(/also override the primary seat/),
        },
        {
          file: ROTATION,
          entry: 'overrides[2] (shift 2027-06-28, seat primary)',
          message:
            'mateo already sits the secondary seat of that shift, so one seat would be empty.',
          fix: 'give the primary seat to someone else, or also override the secondary seat (kwame is scheduled there).',
        },
      ]);
    });

    it('puts someone on support during their time off', () => {
      onlyProblem(
        problems((raw) =>
          raw.overrides.push({
            shift: '2026-07-13',
            seat: 'primary',
            engineer: 'amara',
          }),
        ),
        ROTATION,
        /^overrides\[2\] \(shift 2026-07-13, seat primary\)$/,
        /amara is not available that week: timeOff\[0\] \(2026-07-06 to 2026-07-24\)/,
        /give the seat to an engineer who is working that week/,
      );
    });

    it('puts someone on support before they join', () => {
      onlyProblem(
        problems((raw) =>
          raw.overrides.push({
            shift: '2026-02-02',
            seat: 'primary',
            engineer: 'chloe',
          }),
        ),
        ROTATION,
        /^overrides\[2\] \(shift 2026-02-02, seat primary\)$/,
        /chloe is not available that week \(not on the rotation yet, or any more\)/,
        /working that week/,
      );
    });

    it('names a day no shift starts on', () => {
      onlyProblem(
        problems((raw) => (raw.overrides[0]!.shift = '2027-06-30')),
        ROTATION,
        /^overrides\[0\] \(shift 2027-06-30, seat secondary\)$/,
        /no shift starts on 2027-06-30 \(a wednesday\)/,
        /name the shift by the monday it starts: 2027-06-28 or 2027-07-05/,
      );
    });

    it('names a shift before the rotation starts', () => {
      onlyProblem(
        problems((raw) => (raw.overrides[0]!.shift = '2025-12-29')),
        ROTATION,
        /^overrides\[0\] \(shift 2025-12-29, seat secondary\)$/,
        /before the rotation starts \(2026-01-05\)/,
        /on or after 2026-01-05/,
      );
    });

    it('names a seat that does not exist', () => {
      onlyProblem(
        problems((raw) => (raw.overrides[0]!.seat = 'backup')),
        ROTATION,
        /^overrides\[0\] \(shift 2027-06-28, seat backup\)$/,
        /"backup" is not a seat/,
        /use one of primary, secondary/,
      );
    });

    it('gives a seat that another override already gives', () => {
      onlyProblem(
        problems((raw) =>
          raw.overrides.push({...raw.overrides[0], engineer: 'jonas'}),
        ),
        ROTATION,
        /^overrides\[2\] \(shift 2027-06-28, seat secondary\)$/,
        /overrides\[0\] already gives this seat to someone/,
        /one override per seat/,
      );
    });
  });
});
