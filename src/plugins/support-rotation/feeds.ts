/**
 * Writes the feeds into the build: the whole rotation at
 * support/rotation.ics, each engineer's shifts at
 * support/rotation/<engineer>.ics, and the same shifts for machines at
 * support/rotation.json, all from one list of shifts covering 8 weeks back to
 * 52 weeks ahead of the build.
 */
import {mkdir, writeFile} from 'node:fs/promises';
import {dirname, join} from 'node:path';

import {feedSegments} from '../../lib/rotation/feeds';
import {buildFeed} from '../../lib/rotation/ical';
import {
  buildRotationJson,
  rotationJsonSegments,
  serialiseRotationJson,
} from '../../lib/rotation/json';
import {RotationSchedule} from '../../lib/rotation/schedule';
import type {Rotation} from '../../lib/rotation/types';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
export const FEED_WEEKS_BACK = 8;
export const FEED_WEEKS_AHEAD = 52;

export interface WriteFeedsOptions {
  readonly outDir: string;
  readonly rotation: Rotation;
  readonly now: Date;
  /** Absolute URL of the /support page. */
  readonly pageUrl: string;
  readonly organisation: string;
  readonly platformName: string;
  readonly supportChannel: {readonly name: string; readonly url: string};
}

/** Writes every feed; returns the paths written, relative to outDir. */
export async function writeFeeds(
  options: WriteFeedsOptions,
): Promise<string[]> {
  const schedule = new RotationSchedule(options.rotation);
  const shifts = schedule.shiftsBetween(
    options.now.getTime() - FEED_WEEKS_BACK * WEEK_MS,
    options.now.getTime() + FEED_WEEKS_AHEAD * WEEK_MS,
  );
  const common = {
    rotation: options.rotation,
    shifts,
    generatedAt: options.now,
    pageUrl: options.pageUrl,
    organisation: options.organisation,
    platformName: options.platformName,
    supportChannel: options.supportChannel,
  };
  const feeds = [
    {segments: feedSegments(), text: buildFeed(common)},
    ...options.rotation.engineers.map((engineer) => ({
      segments: feedSegments(engineer.id),
      text: buildFeed({...common, engineer: engineer.id}),
    })),
    {
      segments: rotationJsonSegments(),
      text: serialiseRotationJson(buildRotationJson(common)),
    },
  ];
  const written: string[] = [];
  for (const {segments, text} of feeds) {
    const file = join(options.outDir, ...segments);
    await mkdir(dirname(file), {recursive: true});
    await writeFile(file, text, 'utf8');
    written.push(segments.join('/'));
  }
  return written;
}
