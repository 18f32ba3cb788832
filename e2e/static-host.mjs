#!/usr/bin/env node
/**
 * Serves the production build the way a plain static host does: Debian's
 * nginx with its stock site configuration (`try_files $uri $uri/ =404`), so a
 * route that only works where the server resolves `name.html` for `/name`
 * fails here as it would on GitHub Pages or a stock nginx.
 *
 * What differs from the stock configuration, and why:
 * - it listens on loopback, logs to stderr and keeps its files in a temporary
 *   folder (it runs as any user, in the foreground, under Playwright);
 * - `.ics` is served as `text/calendar` (stock nginx sends it as
 *   application/octet-stream; GitHub Pages, S3, Netlify and Vercel send
 *   text/calendar, and calendar apps expect it);
 * - a missing page answers with the site's `404.html`, as GitHub Pages does.
 *
 * Usage: node e2e/static-host.mjs [--port 3100] [--root build]
 * The nginx binary: NGINX_PATH, else `nginx` on the PATH or in /usr/sbin.
 */
import {spawn, spawnSync} from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {parseArgs} from 'node:util';

export const NGINX_MISSING =
  'No nginx found: the end-to-end suite serves the build with a plain static web server. Install it with "apt-get install nginx" (Debian/Ubuntu) or "brew install nginx" (macOS), or set NGINX_PATH to an nginx binary.';

/** The nginx binary, or undefined. */
export function findNginx(env = process.env) {
  const candidates = [
    env.NGINX_PATH,
    ...(env.PATH ?? '').split(':').map((dir) => dir && join(dir, 'nginx')),
    '/usr/sbin/nginx',
    '/usr/local/sbin/nginx',
    '/opt/homebrew/bin/nginx',
  ].filter(Boolean);
  return candidates.find((candidate) => existsSync(candidate));
}

/** Where the nginx build keeps its stock mime.types. */
function mimeTypesOf(nginx) {
  const version = spawnSync(nginx, ['-V'], {encoding: 'utf8'});
  const confPath = /--conf-path=(\S+)/.exec(version.stderr)?.[1];
  const candidates = [
    confPath && join(dirname(confPath), 'mime.types'),
    '/etc/nginx/mime.types',
    '/usr/local/etc/nginx/mime.types',
    '/opt/homebrew/etc/nginx/mime.types',
  ].filter(Boolean);
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      `nginx's mime.types not found (looked in ${candidates.join(', ')}).`,
    );
  }
  return found;
}

export function nginxConfig({root, port, host, workDir, mimeTypes, asRoot}) {
  const temp = (name) => join(workDir, name);
  return `# Written by e2e/static-host.mjs: Debian's stock site, on loopback.
${asRoot ? 'user root;\n' : ''}daemon off;
master_process on;
worker_processes 2;
pid ${temp('nginx.pid')};
error_log stderr warn;
events { worker_connections 512; }
http {
  include ${mimeTypes};
  types { text/calendar ics; }
  default_type application/octet-stream;
  sendfile on;
  gzip on;
  access_log off;
  client_body_temp_path ${temp('body')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};
  server {
    listen ${host}:${port};
    root ${root};
    index index.html;
    error_page 404 /404.html;
    location / {
      try_files $uri $uri/ =404;
    }
  }
}
`;
}

function main() {
  const {values} = parseArgs({
    options: {
      port: {type: 'string', default: '3100'},
      host: {type: 'string', default: '127.0.0.1'},
      root: {type: 'string', default: 'build'},
    },
  });
  const nginx = findNginx();
  if (!nginx) {
    console.error(NGINX_MISSING);
    process.exit(1);
  }
  const root = resolve(values.root);
  if (!existsSync(join(root, 'index.html'))) {
    console.error(
      `${root}/index.html does not exist: run "npm run build" first.`,
    );
    process.exit(1);
  }
  const workDir = mkdtempSync(join(tmpdir(), 'baseplate-nginx-'));
  for (const name of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
    mkdirSync(join(workDir, name));
  }
  const conf = join(workDir, 'nginx.conf');
  writeFileSync(
    conf,
    nginxConfig({
      root,
      port: values.port,
      host: values.host,
      workDir,
      mimeTypes: mimeTypesOf(nginx),
      asRoot: process.getuid?.() === 0,
    }),
  );
  const server = spawn(nginx, ['-p', workDir, '-c', conf], {stdio: 'inherit'});
  const stop = () => server.kill('SIGQUIT');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', (code) => {
    rmSync(workDir, {recursive: true, force: true});
    process.exit(code ?? 0);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main();
}
