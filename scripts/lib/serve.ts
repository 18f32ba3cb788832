/**
 * The one static server of the tooling: serves a built site on 127.0.0.1 for
 * the bench, Lighthouse and the search benchmark, resolving URLs the way a
 * plain static host does (nginx's stock `try_files $uri $uri/`, which is what
 * e2e/static-host.mjs runs): `/docs/` is `docs/index.html`, `/docs` answers
 * with a redirect to `/docs/`, and nothing maps `/name` to `name.html`. A
 * missing page answers 404 with the site's `404.html`.
 *
 * With `gzip` (the default), responses are compressed by the `compression`
 * middleware, so Lighthouse and the bench see the bytes a reader's browser
 * transfers from a real web server.
 */
import compression from 'compression';
import {createReadStream} from 'node:fs';
import {stat} from 'node:fs/promises';
import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type {AddressInfo} from 'node:net';
import {extname, join, normalize, sep} from 'node:path';

const HOST = '127.0.0.1';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  /** The origin, without a trailing slash: http://127.0.0.1:40123 */
  readonly origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** Compress responses as a web server does; default true. */
  readonly gzip?: boolean;
}

/** What a URL path answers with: a file, a redirect to its folder URL, or 404. */
export type Resolution =
  {readonly file: string} | {readonly redirect: string} | undefined;

async function kind(path: string): Promise<'file' | 'dir' | undefined> {
  try {
    const stats = await stat(path);
    return stats.isFile() ? 'file' : stats.isDirectory() ? 'dir' : undefined;
  } catch {
    return undefined;
  }
}

export async function resolvePath(
  root: string,
  pathname: string,
): Promise<Resolution> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.split(/[/\\]/).includes('..')) {
    return undefined;
  }
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  if (relative.split(sep).includes('..')) {
    return undefined;
  }
  const base = join(root, relative);
  if (pathname.endsWith('/')) {
    const index = join(base, 'index.html');
    return (await kind(index)) === 'file' ? {file: index} : undefined;
  }
  const found = await kind(base);
  if (found === 'file') {
    return {file: base};
  }
  if (found === 'dir' && (await kind(join(base, 'index.html'))) === 'file') {
    return {redirect: `${pathname}/`};
  }
  return undefined;
}

function send(
  res: ServerResponse,
  status: number,
  file: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    ...headers,
  });
  createReadStream(file).pipe(res);
}

async function answer(
  root: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', `http://${HOST}`);
  const resolved = await resolvePath(root, url.pathname);
  if (resolved && 'file' in resolved) {
    send(res, 200, resolved.file);
    return;
  }
  if (resolved) {
    res.writeHead(301, {location: `${resolved.redirect}${url.search}`});
    res.end();
    return;
  }
  const notFound = join(root, '404.html');
  if ((await kind(notFound)) === 'file') {
    send(res, 404, notFound);
    return;
  }
  res.writeHead(404, {'content-type': 'text/plain'});
  res.end('Not found');
}

export async function serveStatic(
  root: string,
  options: ServeOptions = {},
): Promise<StaticServer> {
  const gzip = options.gzip === false ? undefined : compression();
  const server = createServer((req, res) => {
    const respond = () => void answer(root, req, res);
    if (gzip) {
      gzip(req as never, res as never, respond);
    } else {
      respond();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, resolve);
  });
  const {port} = server.address() as AddressInfo;
  return {
    origin: `http://${HOST}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
