/**
 * A stand-in for a chat's incoming webhook, for tests: a node:http server on
 * 127.0.0.1 that records every request and answers each from a script of
 * replies (status, body, headers, or no answer at all).
 */
import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type {AddressInfo} from 'node:net';

export interface Reply {
  readonly status: number;
  readonly body?: string;
  readonly headers?: Record<string, string>;
}

/** `'hang'` never answers (the client's timeout has to end it). */
export type Script = (request: number) => Reply | 'hang';

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly contentType: string | undefined;
  readonly body: string;
  /** When it arrived, ms since the epoch. */
  readonly at: number;
}

export interface ChatStandIn {
  /** The webhook's address, with a secret-looking path. */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Replaces the script for the requests still to come. */
  reply(script: Script): void;
  close(): Promise<void>;
}

export async function startChatStandIn(
  script: Script = () => ({status: 200, body: 'ok'}),
): Promise<ChatStandIn> {
  let current = script;
  const requests: RecordedRequest[] = [];
  const hanging = new Set<ServerResponse>();
  const server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({
        method: request.method ?? '',
        path: request.url ?? '',
        contentType: request.headers['content-type'],
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      });
      const reply = current(requests.length);
      if (reply === 'hang') {
        hanging.add(response);
        return;
      }
      response.writeHead(reply.status, {
        'content-type': 'text/plain',
        ...reply.headers,
      });
      response.end(reply.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/T000-secret`,
    requests,
    reply(next) {
      current = next;
    },
    async close() {
      for (const response of hanging) {
        response.destroy();
      }
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
