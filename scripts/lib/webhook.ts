/**
 * Posts JSON to a chat's incoming webhook (Slack, Mattermost, Rocket.Chat)
 * with Node's fetch. A network error, a timeout, HTTP 429 or a 5xx is tried
 * again after 1 s, 2 s, … (or the server's Retry-After, when longer); any
 * other 4xx fails at once, since sending the same request again cannot help.
 * The webhook's URL is a secret: no message here contains it.
 */

export interface PostOptions {
  /** Tries in all, the first included (default 3). */
  readonly attempts?: number;
  /** Wait before the second try; doubles for each further one (default 1000 ms). */
  readonly backoffMs?: number;
  /** How long one try may take, answer included (default 10 000 ms). */
  readonly timeoutMs?: number;
  /** The longest Retry-After honoured; a longer one fails the post (default 60 000 ms). */
  readonly maxRetryAfterMs?: number;
  /** Told about each failed try that will be retried. */
  readonly onRetry?: (reason: string, waitMs: number, attempt: number) => void;
}

export class WebhookError extends Error {
  constructor(
    message: string,
    /** HTTP status of the last answer, if there was one. */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'WebhookError';
  }
}

const EXCERPT = 200;

/** Seconds or an HTTP date, as RFC 9110 allows; undefined when absent or unreadable. */
export function retryAfterMs(
  header: string | null,
  now = Date.now(),
): number | undefined {
  if (header === null || header.trim() === '') {
    return undefined;
  }
  if (/^\d+$/.test(header.trim())) {
    return Number(header.trim()) * 1000;
  }
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function excerpt(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT)}…` : flat;
}

function describeError(error: unknown, timeoutMs: number): string {
  const err = error as Error & {cause?: {code?: string; message?: string}};
  if (err.name === 'TimeoutError' || err.name === 'AbortError') {
    return `timeout: no answer within ${timeoutMs} ms`;
  }
  const cause = err.cause?.code ?? err.cause?.message;
  return `network error: ${err.message}${cause ? ` (${cause})` : ''}`;
}

const sleep = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves with the number of tries it took; rejects with a WebhookError. */
export async function postWebhook(
  url: string,
  body: unknown,
  options: PostOptions = {},
): Promise<{attempts: number; status: number}> {
  const attempts = options.attempts ?? 3;
  const backoffMs = options.backoffMs ?? 1000;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
  const json = JSON.stringify(body);
  let reason = '';
  let status: number | undefined;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let waitMs = backoffMs * 2 ** (attempt - 1);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {'content-type': 'application/json'},
        body: json,
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await response.text();
      status = response.status;
      if (response.ok) {
        return {attempts: attempt, status};
      }
      reason = `HTTP ${response.status}${text ? `: ${excerpt(text)}` : ''}`;
      if (response.status !== 429 && response.status < 500) {
        throw new WebhookError(
          `The webhook refused the message (${reason}). Fix: check SUPPORT_WEBHOOK_URL (a new incoming webhook has a new address) and the chat's webhook settings.`,
          status,
        );
      }
      const asked = retryAfterMs(response.headers.get('retry-after'));
      if (asked !== undefined) {
        if (asked > maxRetryAfterMs) {
          throw new WebhookError(
            `The webhook asked to wait ${Math.ceil(asked / 1000)} s before trying again (${reason}), longer than ${maxRetryAfterMs / 1000} s. The next run tries again.`,
            status,
          );
        }
        waitMs = Math.max(waitMs, asked);
      }
    } catch (error) {
      if (error instanceof WebhookError) {
        throw error;
      }
      status = undefined;
      reason = describeError(error, timeoutMs);
    }
    if (attempt < attempts) {
      options.onRetry?.(reason, waitMs, attempt);
      await sleep(waitMs);
    }
  }
  throw new WebhookError(
    `Posting to the webhook failed ${attempts} time(s); last: ${reason}.`,
    status,
  );
}
