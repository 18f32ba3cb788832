import {afterEach, describe, expect, it} from 'vitest';

import {startChatStandIn, type ChatStandIn} from './chat-stand-in';
import {postWebhook, retryAfterMs, WebhookError} from './webhook';

const stands: ChatStandIn[] = [];
afterEach(async () => {
  for (const stand of stands.splice(0)) {
    await stand.close();
  }
});

async function stand(...args: Parameters<typeof startChatStandIn>) {
  const chat = await startChatStandIn(...args);
  stands.push(chat);
  return chat;
}

// Generous timeouts, so that a loaded machine does not turn a slow answer into a retry.
const FAST = {backoffMs: 20, timeoutMs: 5000};

describe('postWebhook', () => {
  it('posts the payload as JSON once when the chat answers 200', async () => {
    const chat = await stand();
    const result = await postWebhook(chat.url, {text: 'hello'}, FAST);
    expect(result).toEqual({attempts: 1, status: 200});
    expect(chat.requests).toHaveLength(1);
    expect(chat.requests[0]).toMatchObject({
      method: 'POST',
      path: '/hooks/T000-secret',
      contentType: 'application/json',
    });
    expect(JSON.parse(chat.requests[0]!.body)).toEqual({text: 'hello'});
  });

  it('tries again after a 500, waiting longer each time', async () => {
    const chat = await stand((n) =>
      n < 3 ? {status: 500, body: 'oops'} : {status: 200},
    );
    const waits: number[] = [];
    const result = await postWebhook(
      chat.url,
      {text: 'x'},
      {
        ...FAST,
        onRetry: (_reason, waitMs) => waits.push(waitMs),
      },
    );
    expect(result.attempts).toBe(3);
    expect(chat.requests).toHaveLength(3);
    expect(waits).toEqual([20, 40]);
    expect(chat.requests[2]!.at - chat.requests[1]!.at).toBeGreaterThanOrEqual(
      35,
    );
  });

  it('gives up after the last try with the status and the body', async () => {
    const chat = await stand(() => ({
      status: 503,
      body: 'maintenance   window\n until noon',
    }));
    const error = await postWebhook(chat.url, {text: 'x'}, FAST).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WebhookError);
    expect((error as WebhookError).status).toBe(503);
    expect((error as Error).message).toMatch(
      /failed 3 time\(s\); last: HTTP 503: maintenance window until noon/,
    );
    expect((error as Error).message).not.toContain('secret');
    expect(chat.requests).toHaveLength(3);
  });

  it('fails at once on a 4xx other than 429', async () => {
    const chat = await stand(() => ({status: 404, body: 'no_service'}));
    await expect(postWebhook(chat.url, {text: 'x'}, FAST)).rejects.toThrow(
      /refused the message \(HTTP 404: no_service\).*Fix: check SUPPORT_WEBHOOK_URL/,
    );
    expect(chat.requests).toHaveLength(1);
  });

  it('honours Retry-After on a 429', async () => {
    const chat = await stand((n) =>
      n === 1
        ? {status: 429, body: 'rate_limited', headers: {'retry-after': '1'}}
        : {status: 200},
    );
    const result = await postWebhook(chat.url, {text: 'x'}, FAST);
    expect(result.attempts).toBe(2);
    expect(chat.requests[1]!.at - chat.requests[0]!.at).toBeGreaterThanOrEqual(
      950,
    );
  });

  it('does not wait for a Retry-After longer than it is allowed to', async () => {
    const chat = await stand(() => ({
      status: 429,
      headers: {'retry-after': '3600'},
    }));
    await expect(postWebhook(chat.url, {text: 'x'}, FAST)).rejects.toThrow(
      /asked to wait 3600 s/,
    );
    expect(chat.requests).toHaveLength(1);
  });

  it('times out a chat that never answers, tries again, and says so', async () => {
    const chat = await stand(() => 'hang');
    const started = Date.now();
    await expect(
      postWebhook(
        chat.url,
        {text: 'x'},
        {...FAST, attempts: 2, timeoutMs: 300},
      ),
    ).rejects.toThrow(
      /failed 2 time\(s\); last: timeout: no answer within 300 ms/,
    );
    expect(chat.requests).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(600);
  });

  it('names a network error and tries again', async () => {
    const chat = await stand();
    const url = chat.url;
    await chat.close();
    stands.splice(0);
    const retries: string[] = [];
    await expect(
      postWebhook(url, {text: 'x'}, {...FAST, onRetry: (r) => retries.push(r)}),
    ).rejects.toThrow(/last: network error: fetch failed \(ECONNREFUSED\)/);
    expect(retries).toHaveLength(2);
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates, and ignores what it cannot read', () => {
    const now = Date.parse('2027-03-29T07:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Mon, 29 Mar 2027 07:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Mon, 29 Mar 2027 06:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs('soon', now)).toBeUndefined();
  });
});
