/**
 * A static file server for a built site on 127.0.0.1, resolving URLs the way
 * `docusaurus serve` does for `trailingSlash: false` (`/docs` → `docs.html`,
 * `/blog/` → `blog/index.html`). It sends files as they are, uncompressed:
 * Pagefind's index files are compressed already.
 */
import {createReadStream} from 'node:fs';
import {stat} from 'node:fs/promises';
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {extname, join, normalize, sep} from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The file a URL path is served from, or undefined (404). */
export async function resolveFile(
  root: string,
  pathname: string,
): Promise<string | undefined> {
  const relative = normalize(decodeURIComponent(pathname)).replace(
    /^([/\\])+/,
    '',
  );
  if (relative.split(sep).includes('..')) {
    return undefined;
  }
  const base = join(root, relative);
  const candidates = pathname.endsWith('/')
    ? [join(base, 'index.html')]
    : [base, `${base}.html`, join(base, 'index.html')];
  for (const candidate of candidates) {
    if (await isFile(candidate)) {
      return candidate;
    }
  }
  return undefined;
}

export async function serveStatic(
  root: string,
  port = 0,
): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const {pathname} = new URL(req.url ?? '/', 'http://127.0.0.1');
    void resolveFile(root, pathname).then((file) => {
      if (!file) {
        res.writeHead(404, {'content-type': 'text/plain'});
        res.end('Not found');
        return;
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      createReadStream(file).pipe(res);
    });
  });
  await new Promise<void>((resolve) =>
    server.listen(port, '127.0.0.1', resolve),
  );
  const {port: actual} = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
