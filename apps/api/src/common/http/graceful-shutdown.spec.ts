import * as http from 'node:http';
import { inFlightRequestsOf } from '../../bootstrap';
import { signUp } from '../../../test/factories';
import { wsClientFor } from '../../../test/ws-client';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { shutdownGracefully } from './graceful-shutdown';

const ME = JSON.stringify({ query: '{ me { id } }' });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A POST /graphql whose body arrives in two halves, `pauseMs` apart: a request still in flight. */
function slowRequest(baseUrl: string, cookie: string, started: Promise<unknown>, pauseMs: number) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(ME), cookie },
    });
    req.on('response', (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.write(ME.slice(0, 10));
    void started.then(() => sleep(pauseMs)).then(() => req.end(ME.slice(10)));
  });
}

describe('graceful shutdown', () => {
  let t: TestApp;
  afterEach(async () => {
    await t.close();
  });

  it('stops accepting, answers every in-flight request (with the database still there), then stops', async () => {
    t = await startTestApp();
    const client = t.client();
    const person = await signUp(client);
    // An idle keep-alive connection must not hold the shutdown up.
    const agent = new http.Agent({ keepAlive: true });
    await new Promise((resolve) =>
      http.get(`${t.baseUrl}/healthz`, { agent }, (res) => res.resume().on('end', resolve)),
    );

    let begin!: () => void;
    const begun = new Promise<void>((resolve) => (begin = resolve));
    const slow = [0, 1, 2].map(() => slowRequest(t.baseUrl, client.cookie!, begun, 700));
    await sleep(200); // the requests have reached the server
    expect(inFlightRequestsOf(t.app).size).toBe(3);

    const startedAt = Date.now();
    const stopping = shutdownGracefully(t.app, inFlightRequestsOf(t.app), 10_000);
    begin();
    await sleep(100);
    await expect(fetch(`${t.baseUrl}/healthz`)).rejects.toThrow(); // no new connections

    const answers = await Promise.all(slow);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toEqual({ data: { me: { id: person.id } }, extensions: expect.anything() });
    }
    expect(await stopping).toEqual({ drained: true, abandoned: 0 });
    expect(Date.now() - startedAt).toBeLessThan(5_000);
    agent.destroy();
  });

  it('closes requests still running when the grace period ends', async () => {
    t = await startTestApp();
    const never = new Promise<void>(() => undefined);
    const stuck = slowRequest(t.baseUrl, 'x=y', never, 0).then(
      () => 'answered',
      () => 'closed',
    );
    await sleep(200);
    const startedAt = Date.now();
    const result = await shutdownGracefully(t.app, inFlightRequestsOf(t.app), 500);
    expect(result).toEqual({ drained: false, abandoned: 1 });
    expect(Date.now() - startedAt).toBeLessThan(3_000);
    expect(await stuck).toBe('closed');
  });

  it('does not wait for open WebSockets: they are closed once requests are done', async () => {
    t = await startTestApp();
    const client = t.client();
    await signUp(client);
    const ws = wsClientFor(client);
    const closed = new Promise<void>((resolve) => ws.on('closed', () => resolve()));
    await new Promise<void>((resolve) => ws.on('connected', () => resolve()));
    const startedAt = Date.now();
    expect(await shutdownGracefully(t.app, inFlightRequestsOf(t.app), 10_000)).toEqual({ drained: true, abandoned: 0 });
    await closed;
    expect(Date.now() - startedAt).toBeLessThan(3_000);
  });
});
