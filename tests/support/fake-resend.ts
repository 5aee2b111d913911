/**
 * A local stand-in for the Resend HTTP API (POST /emails), so tests run the real Resend SDK end
 * to end. Like Resend, a repeated Idempotency-Key returns the first email instead of a second,
 * and a key whose first request is still being handled gets 409 `concurrent_idempotent_requests`.
 * Failures can be queued to test retries; the provider can be slow, go down (connections are
 * cut) and hang (it takes the email, then never answers) and come back, for `npm run chaos`.
 * It listens on 127.0.0.1 only.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedEmail {
  id: string;
  from: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
  /** Resend's `reply_to`, as the SDK sends it. */
  replyTo: string[];
  /** Files sent along, their content decoded from base64. */
  attachments: Array<{ filename: string; contentType: string | null; content: string }>;
  idempotencyKey: string | null;
  apiKey: string | null;
  /** When the fake took it (ms since the epoch). */
  receivedAt: number;
}

/** up: answers; down: cuts every connection; hang: takes the email, then never answers. */
export type ProviderMode = "up" | "down" | "hang";

export interface FakeResend {
  url: string;
  emails: ReceivedEmail[];
  /** Every POST, including refused and repeated ones. */
  requests: number;
  /** Connections cut while the provider was down. */
  cutConnections: number;
  /** Per idempotency key, how many requests the provider accepted (a repeat is answered with the first email). */
  acceptedPerKey: Map<string, number>;
  /** The most requests that were being handled at one moment. */
  maxInFlight: number;
  failNext(count: number, status: number, message?: string, name?: string): void;
  /** Milliseconds every answer waits, like a real provider's latency. */
  setLatency(ms: number): void;
  setMode(mode: ProviderMode): void;
  waitForEmail(match: (e: ReceivedEmail) => boolean, timeoutMs?: number): Promise<ReceivedEmail>;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function send(res: ServerResponse, status: number, body: unknown) {
  if (res.destroyed) return;
  res.writeHead(status, { "Content-Type": "application/json" });
  res.end(JSON.stringify(body));
}

export async function startFakeResend(options: { port?: number } = {}): Promise<FakeResend> {
  const emails: ReceivedEmail[] = [];
  const byKey = new Map<string, ReceivedEmail>();
  const acceptedPerKey = new Map<string, number>();
  const inFlightKeys = new Set<string>();
  const failures: Array<{ status: number; message: string; name: string }> = [];
  const hanging = new Map<ServerResponse, string | null>();
  let requests = 0;
  let cutConnections = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  let latencyMs = 0;
  let mode: ProviderMode = "up";

  const server = createServer(async (req, res) => {
    if (mode === "down") {
      cutConnections += 1;
      req.socket.destroy();
      return;
    }
    if (req.method !== "POST" || req.url !== "/emails") return send(res, 404, { name: "not_found", message: "Not found" });
    requests += 1;
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const idempotencyKey = (req.headers["idempotency-key"] as string | undefined) ?? null;
    let holdsKey = false;
    try {
      const auth = req.headers.authorization ?? "";
      if (!auth.startsWith("Bearer re_")) {
        return send(res, 401, { statusCode: 401, name: "missing_api_key", message: "Missing API key" });
      }
      const body = await readBody(req);
      if (latencyMs > 0) await new Promise((r) => setTimeout(r, latencyMs));
      const failure = failures.shift();
      if (failure) return send(res, failure.status, { statusCode: failure.status, name: failure.name, message: failure.message });

      if (idempotencyKey && inFlightKeys.has(idempotencyKey)) {
        return send(res, 409, {
          statusCode: 409,
          name: "concurrent_idempotent_requests",
          message: "Same idempotency key used while original request is still in progress.",
        });
      }
      let payload: {
        from?: string;
        to?: string | string[];
        subject?: string;
        html?: string;
        text?: string;
        reply_to?: string | string[];
        attachments?: Array<{ filename?: string; content?: string; content_type?: string }>;
      };
      try {
        payload = JSON.parse(body);
      } catch {
        return send(res, 400, { statusCode: 400, name: "invalid_json", message: "Invalid JSON" });
      }
      if (!payload.from || !payload.to || !payload.subject) {
        return send(res, 422, { statusCode: 422, name: "validation_error", message: "Missing required field" });
      }
      if (idempotencyKey) acceptedPerKey.set(idempotencyKey, (acceptedPerKey.get(idempotencyKey) ?? 0) + 1);
      const earlier = idempotencyKey ? byKey.get(idempotencyKey) : undefined;
      if (earlier) return send(res, 200, { id: earlier.id });

      const email: ReceivedEmail = {
        id: randomUUID(),
        from: payload.from,
        to: Array.isArray(payload.to) ? payload.to : [payload.to],
        subject: payload.subject,
        html: payload.html ?? "",
        text: payload.text ?? "",
        replyTo: payload.reply_to === undefined ? [] : Array.isArray(payload.reply_to) ? payload.reply_to : [payload.reply_to],
        attachments: (payload.attachments ?? []).map((a) => ({
          filename: a.filename ?? "",
          contentType: a.content_type ?? null,
          content: Buffer.from(a.content ?? "", "base64").toString("utf8"),
        })),
        idempotencyKey,
        apiKey: auth.slice("Bearer ".length),
        receivedAt: Date.now(),
      };
      emails.push(email);
      if (idempotencyKey) byKey.set(idempotencyKey, email);
      if (mode === "hang") {
        // Taken, but the answer never comes: the sender must try again with the same key.
        if (idempotencyKey) {
          inFlightKeys.add(idempotencyKey);
          holdsKey = true;
        }
        hanging.set(res, idempotencyKey);
        await new Promise<void>((resolve) => res.once("close", () => resolve()));
        hanging.delete(res);
        return;
      }
      send(res, 200, { id: email.id });
    } finally {
      inFlight -= 1;
      if (holdsKey && idempotencyKey) inFlightKeys.delete(idempotencyKey);
    }
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    emails,
    acceptedPerKey,
    get requests() {
      return requests;
    },
    get cutConnections() {
      return cutConnections;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    failNext(count, status, message = "Simulated failure", name = "application_error") {
      for (let i = 0; i < count; i++) failures.push({ status, message, name });
    },
    setLatency(ms) {
      latencyMs = ms;
    },
    setMode(next) {
      mode = next;
      // Coming back (or going down) ends the answers that hung: their senders see a cut connection.
      if (next === "hang") return;
      for (const [res, key] of hanging) {
        if (key) inFlightKeys.delete(key);
        res.destroy();
      }
    },
    async waitForEmail(match, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const found = emails.find(match);
        if (found) return found;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`Geen e-mail ontvangen binnen ${timeoutMs} ms (${emails.length} ontvangen)`);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const res of hanging.keys()) res.destroy();
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
