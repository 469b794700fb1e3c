// The load runs: autocannon keeps `connections` requests in flight for `duration` seconds, each
// connection sending its next request as soon as the previous answer has arrived.
import autocannon from 'autocannon';
import { answerRequest, type AnswerRequest, type OpenPosition } from './answers';
import { isAcknowledged } from './http';

export type LoadOptions = { connections: number; duration: number };

/** One line of the results table. */
export type LoadResult = {
  name: string;
  /** Responses received. */
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** 4xx and 5xx answers. */
  httpErrors: number;
  /** Connection errors and timeouts. */
  socketErrors: number;
  /** Of those, requests without an answer within autocannon's timeout (10 s). */
  timeouts: number;
  /** 2xx answers that are not what the line expects: a page without its content, an action that did not return ok. */
  wrongAnswers: number;
  errors: number;
  /** First few wrong answers, to say what went wrong. */
  samples: string[];
  note?: string;
};

function summarise(name: string, result: autocannon.Result, wrongAnswers: number, samples: string[], note?: string): LoadResult {
  const requests = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'];
  const httpErrors = result['4xx'] + result['5xx'];
  return {
    name,
    requests,
    seconds: result.duration,
    requestsPerSecond: requests / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    httpErrors,
    socketErrors: result.errors,
    timeouts: result.timeouts,
    wrongAnswers,
    errors: httpErrors + result.errors + wrongAnswers,
    samples,
    note,
  };
}

function run(options: autocannon.Options): { instance: autocannon.Instance; done: Promise<autocannon.Result> } {
  let instance!: autocannon.Instance;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
  return { instance, done };
}

/** GETs `url` with `headers`; a 2xx answer without `marker` in its body counts as wrong. */
export async function loadPage(name: string, url: string, headers: Record<string, string>, marker: string | undefined, { connections, duration }: LoadOptions): Promise<LoadResult> {
  let wrong = 0;
  const samples: string[] = [];
  const { done } = run({
    url,
    connections,
    duration,
    headers,
    requests: [
      {
        method: 'GET',
        onResponse: (status, body) => {
          if (status >= 200 && status < 300 && marker && !body.includes(marker)) {
            wrong += 1;
            if (samples.length < 3) samples.push(`${status} without "${marker}": ${body.slice(0, 160)}`);
          } else if (status >= 400 && samples.length < 3) samples.push(`${status}: ${body.slice(0, 160)}`);
        },
      },
    ],
  });
  return summarise(name, await done, wrong, samples);
}

export type AnswerLoadResult = LoadResult & { acknowledged: string[]; positionsLeft: number };

type AnswerContext = { sent?: AnswerRequest; filler?: boolean };

/**
 * Answers a different open position with every request, taking them in order from `open`. Each
 * answer acknowledged with `{ ok: true }` is collected; anything else is a wrong answer. Should the
 * positions run out before the time is up, the run stops there and says so.
 */
export async function loadDistinctAnswers(name: string, baseUrl: string, open: OpenPosition[], { connections, duration }: LoadOptions): Promise<AnswerLoadResult> {
  const acknowledged: string[] = [];
  const samples: string[] = [];
  let wrong = 0;
  let next = 0;
  let ranDry = false;
  let last: AnswerRequest | undefined;
  const { instance, done } = run({
    url: baseUrl,
    connections,
    duration,
    requests: [
      {
        method: 'POST',
        setupRequest: (request, context) => {
          const state = context as AnswerContext;
          if (next >= open.length) {
            // Out of open positions: stop, and send the last answer again meanwhile (not counted).
            if (!ranDry) setImmediate(() => instance.stop());
            ranDry = true;
            state.sent = last;
            state.filler = true;
          } else {
            state.sent = last = answerRequest(baseUrl, open[next++]);
            state.filler = false;
          }
          return { ...request, path: state.sent!.path, headers: state.sent!.headers, body: state.sent!.body };
        },
        onResponse: (status, body, context) => {
          const state = context as AnswerContext;
          if (state.filler || !state.sent) return;
          if (status === 200 && isAcknowledged(body)) acknowledged.push(state.sent.clientAnswerId);
          else if (status < 400) {
            wrong += 1;
            if (samples.length < 3) samples.push(`${status}: ${body.slice(0, 200)}`);
          } else if (samples.length < 3) samples.push(`${status}: ${body.slice(0, 200)}`);
        },
      },
    ],
  });
  const result = await done;
  const note = ranDry ? `stopped after ${result.duration} s: all ${open.length} prepared open positions were answered (prepare more with --positions)` : undefined;
  return { ...summarise(name, result, wrong, samples, note), acknowledged, positionsLeft: Math.max(0, open.length - next) };
}

/** Sends the same answer (same client answer id, same body) again and again; each must be acknowledged. */
export async function loadReplayedAnswer(name: string, baseUrl: string, answer: AnswerRequest, { connections, duration }: LoadOptions): Promise<LoadResult & { acknowledgedCount: number }> {
  let acknowledgedCount = 0;
  let wrong = 0;
  const samples: string[] = [];
  const { done } = run({
    url: baseUrl,
    connections,
    duration,
    requests: [
      {
        method: 'POST',
        path: answer.path,
        headers: answer.headers,
        body: answer.body,
        onResponse: (status, body) => {
          if (status === 200 && isAcknowledged(body)) acknowledgedCount += 1;
          else if (status < 400) {
            wrong += 1;
            if (samples.length < 3) samples.push(`${status}: ${body.slice(0, 200)}`);
          } else if (samples.length < 3) samples.push(`${status}: ${body.slice(0, 200)}`);
        },
      },
    ],
  });
  return { ...summarise(name, await done, wrong, samples), acknowledgedCount };
}
