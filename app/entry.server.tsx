/**
 * Renders a page on the server. The CSP nonce comes from the Express server (scripts/server.ts)
 * through the load context, so Remix's inline scripts are allowed and nothing else is.
 */
import { PassThrough } from "node:stream";
import type { ActionFunctionArgs, AppLoadContext, EntryContext, LoaderFunctionArgs } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { NonceContext } from "./components/nonce";
import { ReferenceContext } from "./components/reference";
import { isDatabaseUnavailable } from "./lib/db.server";
import { notModified } from "./http/http-cache.server";

const ABORT_DELAY = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  // A page with an ETag the browser already has (the regelingen explainers) is not rendered again.
  const unchanged = notModified(request, responseStatusCode, responseHeaders, remixContext.manifest.version);
  if (unchanged) return unchanged;

  const nonce = typeof loadContext.cspNonce === "string" ? loadContext.cspNonce : undefined;
  // Crawlers get the whole page at once; people get it streamed as soon as the shell is ready.
  const readyEvent = isbot(request.headers.get("user-agent") ?? "") ? "onAllReady" : "onShellReady";

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <ReferenceContext.Provider value={typeof loadContext.requestId === "string" ? loadContext.requestId : undefined}>
          <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
        </ReferenceContext.Provider>
      </NonceContext.Provider>,
      {
        nonce,
        [readyEvent]() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(
            new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}

/**
 * Every error a loader, action or render throws (not the Responses they throw on purpose) comes
 * here once, with the request's reference, which the error page shows (root.tsx). The details stay
 * in this log; in production Remix sends the browser only "Unexpected Server Error". When the
 * database is away the server (scripts/server.ts) turns the 500 into a 503 with Retry-After.
 */
export function handleError(error: unknown, { request, context }: LoaderFunctionArgs | ActionFunctionArgs) {
  // The visitor went away (closed the tab, navigated on): nothing failed.
  if (request.signal.aborted) return;
  const reference = typeof context.requestId === "string" ? context.requestId : "-";
  const where = `${request.method} ${new URL(request.url).pathname.slice(0, 200)}`;
  if (isDatabaseUnavailable(error)) {
    if (context.failure) context.failure.databaseUnavailable = true;
    const code = (error as { cause?: { code?: unknown }; code?: unknown }).cause?.code ?? (error as { code?: unknown }).code;
    console.error(`[${reference}] database onbereikbaar bij ${where}: ${String(code)}`);
    return;
  }
  console.error(`[${reference}] ${where}`, error);
}
