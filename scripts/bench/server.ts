/**
 * Serves a production build on 127.0.0.1 the way `docusaurus serve` does
 * (serve-handler with clean URLs), plus gzip compression (the `compression`
 * middleware), so that Lighthouse and the search measurement see the bytes a
 * reader's browser would transfer from a real web server.
 */
import compression from 'compression';
import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type {AddressInfo} from 'node:net';
import serveHandler from 'serve-handler';

export interface StaticServer {
  /** The origin, without a trailing slash: http://127.0.0.1:40123 */
  readonly origin: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

export async function serveBuild(
  buildDir: string,
  port = 0,
): Promise<StaticServer> {
  const gzip = compression();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    gzip(req as never, res as never, () => {
      // Same options as `docusaurus serve` (trailingSlash: false in the config).
      void serveHandler(req, res, {
        public: buildDir,
        cleanUrls: true,
        trailingSlash: false,
        directoryListing: false,
      });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, resolve);
  });
  const {port: actualPort} = server.address() as AddressInfo;
  return {
    origin: `http://${HOST}:${actualPort}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
