/**
 * One HTTP request with exactly the method, path, headers and bytes given: fetch() would refuse
 * or rewrite much of what a hostile client sends (a raw `%c0` path, a Host header, odd methods).
 */
import { request } from "node:http";

export interface RawRequest {
  method: string;
  /** Sent as is, not encoded. */
  path: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export function sendRaw(baseUrl: string, raw: RawRequest, timeoutMs = 15_000): Promise<RawResponse> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method: raw.method,
        path: raw.path,
        headers: {
          ...(raw.body !== undefined ? { "Content-Length": String(Buffer.byteLength(raw.body)) } : {}),
          ...raw.headers,
        },
        // Every request on a connection of its own, so one refused mid-upload cannot spoil the next.
        agent: false,
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error(`geen antwoord binnen ${timeoutMs} ms op ${raw.method} ${raw.path}`)));
    req.on("error", reject);
    req.end(raw.body);
  });
}
