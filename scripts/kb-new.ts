/**
 * Scaffolds a knowledge-base answer that passes the entry check:
 *
 *   npm run kb:new -- "How do I rotate a secret?" [--topic secrets] [--author <github-handle>]
 *
 * The topic is guessed from the question when --topic is left out; the author
 * comes from `git config github.user` (or a GitHub no-reply e-mail address);
 * last_verified is today. Refuses a question that another answer already has.
 * Run it from the site's root folder (npm run does that for you).
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {parseArgs} from 'node:util';

import {checkEntry, formatProblem} from '../src/lib/kb/check';
import {
  guessTopic,
  handleFromGit,
  planEntry,
  ScaffoldError,
} from '../src/lib/kb/scaffold';
import {readKbContext, readKbSources} from '../src/plugins/kb/read';

function gitConfig(key: string, cwd: string): string | undefined {
  const result = spawnSync('git', ['config', '--get', key], {
    cwd,
    encoding: 'utf8',
  });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function main(): void {
  const siteDir = process.cwd();
  const {values, positionals} = parseArgs({
    allowPositionals: true,
    options: {
      topic: {type: 'string'},
      author: {type: 'string'},
    },
  });
  const question = positionals.join(' ');
  const context = readKbContext(siteDir);
  const topics = context.tags.map((tag) => tag.id).join(', ');
  if (question.trim() === '') {
    throw new ScaffoldError(
      `Usage: npm run kb:new -- "How do I …?" [--topic <${topics}>] [--author <github-handle>]`,
    );
  }
  const topic = values.topic ?? guessTopic(question, context.tags);
  if (!topic) {
    throw new ScaffoldError(
      `Which topic is it? Run it again with --topic and one of: ${topics}`,
    );
  }
  const author =
    values.author ??
    handleFromGit({
      githubUser: gitConfig('github.user', siteDir),
      email: gitConfig('user.email', siteDir),
      name: gitConfig('user.name', siteDir),
    });
  if (!author) {
    throw new ScaffoldError(
      'Your GitHub handle is not in your Git configuration. Run: git config --global github.user <handle> (or pass --author <handle>)',
    );
  }
  const sources = readKbSources(siteDir);
  const planned = planEntry(
    {question, topic, author},
    context,
    sources.map((source) => source.file),
  );
  const path = join(siteDir, planned.file);
  if (existsSync(path)) {
    throw new ScaffoldError(`${planned.file} exists already.`);
  }
  // The scaffold must pass the check the build runs; fail here, not in CI.
  const problems = checkEntry(
    {file: planned.file, source: planned.text},
    context,
  );
  if (problems.length > 0) {
    throw new Error(
      `The scaffold does not pass the entry check:\n${problems.map(formatProblem).join('\n')}`,
    );
  }
  mkdirSync(dirname(path), {recursive: true});
  writeFileSync(path, planned.text);
  process.stdout.write(
    [
      `Created ${planned.file} (topic ${topic}${values.topic ? '' : ', guessed from the question: pass --topic to choose another'}).`,
      'Next:',
      '  1. write the answer and its one-line description (see contribute/kb-answer.md);',
      '  2. preview it with npm start, at /kb;',
      '  3. run npx vitest run tests/kb.test.ts, then open a pull request.',
      '',
    ].join('\n'),
  );
}

try {
  main();
} catch (error) {
  if (error instanceof ScaffoldError) {
    process.stderr.write(`kb:new: ${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
