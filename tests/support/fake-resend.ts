/**
 * A local stand-in for the Resend HTTP API (POST /emails), so tests run the real Resend SDK end
 * to end. Like Resend, a repeated Idempotency-Key returns the first email instead of a second.
 * Failures can be queued to test retries.
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
  idempotencyKey: string | null;
  apiKey: string | null;
}

export interface FakeResend {
  url: string;
  emails: ReceivedEmail[];
  /** Every POST, including refused and repeated ones. */
  requests: number;
  failNext(count: number, status: number, message?: string): void;
  waitForEmail(match: (e: ReceivedEmail) => boolean, timeoutMs?: number): Promise<ReceivedEmail>;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "Content-Type": "application/json" });
  res.end(JSON.stringify(body));
}

export async function startFakeResend(): Promise<FakeResend> {
  const emails: ReceivedEmail[] = [];
  const byKey = new Map<string, ReceivedEmail>();
  const failures: Array<{ status: number; message: string }> = [];
  let requests = 0;

  const server = createServer(async (req, res) => {
    if (req.method !== "POST" || req.url !== "/emails") return send(res, 404, { name: "not_found", message: "Not found" });
    requests += 1;
    const auth = req.headers.authorization ?? "";
    if (!auth.startsWith("Bearer re_")) {
      return send(res, 401, { statusCode: 401, name: "missing_api_key", message: "Missing API key" });
    }
    const failure = failures.shift();
    if (failure) return send(res, failure.status, { statusCode: failure.status, name: "application_error", message: failure.message });

    let payload: { from?: string; to?: string | string[]; subject?: string; html?: string; text?: string };
    try {
      payload = JSON.parse(await readBody(req));
    } catch {
      return send(res, 400, { statusCode: 400, name: "invalid_json", message: "Invalid JSON" });
    }
    if (!payload.from || !payload.to || !payload.subject) {
      return send(res, 422, { statusCode: 422, name: "validation_error", message: "Missing required field" });
    }
    const idempotencyKey = (req.headers["idempotency-key"] as string | undefined) ?? null;
    const earlier = idempotencyKey ? byKey.get(idempotencyKey) : undefined;
    if (earlier) return send(res, 200, { id: earlier.id });

    const email: ReceivedEmail = {
      id: randomUUID(),
      from: payload.from,
      to: Array.isArray(payload.to) ? payload.to : [payload.to],
      subject: payload.subject,
      html: payload.html ?? "",
      text: payload.text ?? "",
      idempotencyKey,
      apiKey: auth.slice("Bearer ".length),
    };
    emails.push(email);
    if (idempotencyKey) byKey.set(idempotencyKey, email);
    send(res, 200, { id: email.id });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    emails,
    get requests() {
      return requests;
    },
    failNext(count, status, message = "Simulated failure") {
      for (let i = 0; i < count; i++) failures.push({ status, message });
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
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
