/**
 * The plugin with fixture sites in a temporary folder: its hooks load and
 * validate the two files, register /support, and write the feeds.
 */
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import ICAL from 'ical.js';
import {afterEach, describe, expect, it} from 'vitest';

import type {RotationJson} from '../../lib/rotation/json';
import {DEFAULT_SOURCES} from '../../lib/rotation/sources';
import {contentLoadedBy} from '../testing';
import supportRotationPlugin from './index';
import {FEED_WEEKS_AHEAD, FEED_WEEKS_BACK, writeFeeds} from './feeds';

const SITE_DIR = join(__dirname, '..', '..', '..');
const {rotationFile: ROTATION, authorsFile: AUTHORS} = DEFAULT_SOURCES;
const WEEK = 7 * 24 * 3600 * 1000;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) {
    rmSync(dir, {recursive: true, force: true});
  }
});

function fixtureSite(
  change?: (files: {rotation: string; authors: string}) => {
    rotation?: string;
    authors?: string;
  },
): string {
  const dir = mkdtempSync(join(tmpdir(), 'support-rotation-'));
  dirs.push(dir);
  const files = {
    rotation: readFileSync(join(SITE_DIR, ROTATION), 'utf8'),
    authors: readFileSync(join(SITE_DIR, AUTHORS), 'utf8'),
  };
  const changed = {...files, ...change?.(files)};
  cpSync(join(SITE_DIR, 'src', 'data'), join(dir, 'src', 'data'), {
    recursive: true,
  });
  cpSync(join(SITE_DIR, 'blog'), join(dir, 'blog'), {recursive: true});
  writeFileSync(join(dir, ROTATION), changed.rotation);
  writeFileSync(join(dir, AUTHORS), changed.authors);
  return dir;
}

function plugin(siteDir: string) {
  return supportRotationPlugin(
    {siteDir, baseUrl: '/', generatedFilesDir: '/generated'} as LoadContext,
    {},
  );
}

describe('loadContent', () => {
  it('loads the published data', async () => {
    const content = await plugin(fixtureSite()).loadContent!();
    expect(content.rotation.engineers).toHaveLength(14);
    expect(content.rotation.timeZone).toBe('Europe/Copenhagen');
  });

  it('fails naming both files when the roster names someone not in authors.yml', async () => {
    const dir = fixtureSite(({rotation}) => ({
      rotation: rotation.replace('engineer: oskar\n', 'engineer: oscar\n'),
    }));
    await expect(plugin(dir).loadContent!()).rejects.toThrow(
      /src\/data\/support-rotation\.yaml, roster\[12\] \(engineer oscar\): "oscar" is not a key in blog\/authors\.yml.*Fix: use one of its keys/,
    );
  });

  it('fails naming the file and the line of a YAML syntax error', async () => {
    const dir = fixtureSite(({rotation}) => ({
      rotation: rotation.replace("  time: '09:00'", "  time: '09:00"),
    }));
    await expect(plugin(dir).loadContent!()).rejects.toThrow(
      /src\/data\/support-rotation\.yaml is not valid YAML: .*line \d+.*Fix: correct the syntax/s,
    );
  });

  it('fails naming the file when it is missing', async () => {
    const dir = fixtureSite();
    rmSync(join(dir, ROTATION));
    await expect(plugin(dir).loadContent!()).rejects.toThrow(
      /src\/data\/support-rotation\.yaml could not be read/,
    );
  });
});

describe('the other hooks', () => {
  it('watch both files', () => {
    const dir = fixtureSite();
    expect(plugin(dir).getPathsToWatch!()).toEqual([
      join(dir, ROTATION),
      join(dir, AUTHORS),
    ]);
  });

  it('serve @theme/SupportPage from the plugin theme folder', () => {
    const themePath = plugin(fixtureSite()).getThemePath!();
    expect(
      existsSync(join(__dirname, themePath, 'SupportPage/index.tsx')),
    ).toBe(true);
  });

  it('add /support with the validated rotation as its data', async () => {
    const instance = plugin(fixtureSite());
    const content = await instance.loadContent!();
    const {created, routes} = await contentLoadedBy(instance, content);
    expect(JSON.parse(created['rotation.json']!)).toEqual(content.rotation);
    expect(routes).toEqual([
      {
        path: '/support',
        component: '@theme/SupportPage',
        exact: true,
        modules: {rotation: '@generated/rotation.json'},
      },
    ]);
  });
});

describe('writeFeeds', () => {
  it('writes the team feed and one feed per engineer, 8 weeks back to 52 ahead', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'support-feeds-'));
    dirs.push(outDir);
    const content = await plugin(fixtureSite()).loadContent!();
    const now = new Date('2027-02-10T12:00:00Z');
    const written = await writeFeeds({
      outDir,
      rotation: content.rotation,
      now,
      pageUrl: 'https://baseplate.example/support',
      organisation: 'Northwind Logistics',
      platformName: 'Baseplate',
      supportChannel: {name: '#support', url: 'https://chat.example/support'},
    });
    expect(written).toHaveLength(16);
    expect(written).toContain('support/rotation.ics');
    expect(written).toContain('support/rotation.json');
    for (const engineer of content.rotation.engineers) {
      expect(
        existsSync(join(outDir, 'support', 'rotation', `${engineer.id}.ics`)),
      ).toBe(true);
    }
    const team = new ICAL.Component(
      ICAL.parse(readFileSync(join(outDir, 'support', 'rotation.ics'), 'utf8')),
    );
    const starts = team
      .getAllSubcomponents('vevent')
      .map((e) => new ICAL.Event(e).startDate.toJSDate().getTime());
    const ends = team
      .getAllSubcomponents('vevent')
      .map((e) => new ICAL.Event(e).endDate.toJSDate().getTime());
    const from = now.getTime() - FEED_WEEKS_BACK * WEEK;
    const to = now.getTime() + FEED_WEEKS_AHEAD * WEEK;
    // The first shift covers "8 weeks ago", the last reaches "52 weeks ahead".
    expect(Math.min(...starts)).toBeLessThanOrEqual(from);
    expect(Math.min(...ends)).toBeGreaterThan(from);
    expect(Math.max(...ends)).toBeGreaterThanOrEqual(to);
    expect(Math.max(...starts)).toBeLessThan(to);
    expect(starts).toHaveLength(61 * 2);
  });

  it('writes support/rotation.json with the shifts of rotation.ics, event by event', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'support-feeds-'));
    dirs.push(outDir);
    const content = await plugin(fixtureSite()).loadContent!();
    const now = new Date('2027-02-10T12:00:00Z');
    await writeFeeds({
      outDir,
      rotation: content.rotation,
      now,
      pageUrl: 'https://baseplate.example/support',
      organisation: 'Northwind Logistics',
      platformName: 'Baseplate',
      supportChannel: {name: '#support', url: 'https://chat.example/support'},
    });
    const document = JSON.parse(
      readFileSync(join(outDir, 'support', 'rotation.json'), 'utf8'),
    ) as RotationJson;
    expect(document.generatedAt).toBe(now.toISOString());
    // Every seat of every JSON shift, as the calendar would say it.
    const fromJson = (engineer?: string) =>
      document.shifts.flatMap((shift) =>
        shift.seats
          .filter((seat) => !engineer || seat.engineer === engineer)
          .map((seat) => ({
            start: Date.parse(shift.start),
            end: Date.parse(shift.end),
            summary: `Support ${seat.seat}: ${seat.name}`,
            people: `${seat.name} (${seat.chat})`,
          })),
      );
    const fromIcs = (segments: string[]) =>
      new ICAL.Component(
        ICAL.parse(readFileSync(join(outDir, ...segments), 'utf8')),
      )
        .getAllSubcomponents('vevent')
        .map((vevent) => {
          const event = new ICAL.Event(vevent);
          return {
            start: event.startDate.toJSDate().getTime(),
            end: event.endDate.toJSDate().getTime(),
            summary: event.summary,
            description: event.description,
          };
        });
    const check = (segments: string[], engineer?: string) => {
      const events = fromIcs(segments);
      const seats = fromJson(engineer);
      expect(events.length, segments.join('/')).toBeGreaterThan(0);
      expect(
        events.map(({start, end, summary}) => ({start, end, summary})),
      ).toEqual(seats.map(({start, end, summary}) => ({start, end, summary})));
      // The event names each seat's engineer with their chat handle.
      events.forEach((event, i) =>
        expect(event.description).toContain(seats[i]!.people),
      );
    };
    check(['support', 'rotation.ics']);
    for (const engineer of content.rotation.engineers) {
      check(['support', 'rotation', `${engineer.id}.ics`], engineer.id);
    }
  });
});
