/**
 * `npm start`: prepares the database (migrations, reference data, demo data), starts the outbox
 * worker, and serves the built Remix app with Express on HOST:PORT.
 */
import "./load-dotenv";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Server } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import compression from "compression";
import express, { type ErrorRequestHandler, type RequestHandler } from "express";
import helmet from "helmet";
import { closeDatabase, database, databaseDriver, isDatabaseUnavailable } from "~/lib/db.server";
import { env, EnvError } from "~/lib/env.server";
import {
  DATABASE_AWAY,
  type ErrorPage,
  newReference,
  renderErrorPage,
  RETRY_AFTER_SECONDS,
  SERVER_ERROR,
} from "~/http/error-page.server";
import {
  crossSiteRefusal,
  formFieldsRefusal,
  isMalformedPath,
  isPrivatePath,
  MALFORMED_PATH,
  type Refusal,
  UNREADABLE_BODY,
  unsupportedBodyRefusal,
} from "~/http/request-guards.server";
import { ifNoneMatchMatches, keepCachedCspOnNotModified } from "~/http/http-cache.server";
import {
  type CachedPage,
  fillPageTemplate,
  FORM_TEMPLATE_HEADER,
  isFormTemplate,
  isStorable,
  PageCache,
  pageKey,
  type PageTemplate,
  toCachedPage,
  toPageTemplate,
} from "~/http/page-cache.server";
import { installationDetails } from "~/models/installation.server";
import { todayInNetherlands } from "~/domain/regelingen/figures";
import { startOutboxWorker } from "~/jobs/outbox-worker.server";
import { startScheduledJobs } from "~/jobs/scheduled-jobs.server";
import { prepareDatabase } from "~/jobs/prepare-database.server";
import { sendRemixResponse, toRemixRequest } from "./remix-request";

declare module "@remix-run/node" {
  interface AppLoadContext {
    cspNonce: string;
    /** The visitor's IP address, for rate limits on public forms. */
    clientIp: string | null;
    /** This request's reference: on the error page and in every log line about it. */
    requestId?: string;
    /** Set by handleError (entry.server.tsx) when a loader or action failed because the database is away. */
    failure?: { databaseUnavailable: boolean };
  }
}

/**
 * Browser features no page of ours uses, switched off so an injected script or a framed page
 * cannot ask for them either; interest-cohort and browsing-topics opt out of ad profiling.
 */
const PERMISSIONS_POLICY = [
  "accelerometer",
  "autoplay",
  "bluetooth",
  "browsing-topics",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "interest-cohort",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "publickey-credentials-get",
  "serial",
  "usb",
  "xr-spatial-tracking",
]
  .map((feature) => `${feature}=()`)
  .join(", ");

function securityHeaders(production: boolean): RequestHandler {
  const pages = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", (_req, res) => `'nonce-${(res as express.Response).locals.cspNonce}'`],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        formAction: ["'self'"],
        frameAncestors: ["'self'"],
        upgradeInsecureRequests: production ? [] : null,
      },
    },
    strictTransportSecurity: production,
    // helmet's default, no-referrer, makes browsers send `Origin: null` with form posts, which
    // Remix's own cross-site check rightly refuses. This policy still sends no path elsewhere.
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
  });
  // The dev mailbox shows an email as its recipient would: with the email's own inline styles.
  const emailPreview = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'none'"],
        styleSrc: ["'unsafe-inline'"],
        imgSrc: ["data:"],
        frameAncestors: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  return (req, res, next) => {
    res.locals.cspNonce = randomBytes(16).toString("base64");
    res.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
    const handler = /^\/dev\/mailbox\/[^/]+\/html$/.test(req.path) ? emailPreview : pages;
    handler(req, res, next);
  };
}

const MAX_BODY_BYTES = 3 * 1024 * 1024;

/** The site's stylesheet, so the pages Express answers itself look like the rest. */
function rootStylesheets(build: ServerBuild): string[] {
  const links = (build.routes.root?.module as { links?: () => Array<{ rel?: string; href?: string }> }).links?.() ?? [];
  return links.filter((link) => link.rel === "stylesheet" && link.href).map((link) => link.href!);
}

/**
 * What the footer of every public page shows (who runs the installation), as a short key for the
 * page cache: installationDetails keeps the details in memory for a minute, so this costs no query
 * on most requests, and the hash is made once per details object.
 */
const footerKeys = new WeakMap<object, string>();
async function footerKey(): Promise<string> {
  try {
    const details = await installationDetails(database());
    let key = footerKeys.get(details);
    if (!key) {
      key = createHash("sha256").update(JSON.stringify(details)).digest("base64url").slice(0, 16);
      footerKeys.set(details, key);
    }
    return key;
  } catch {
    // Without a database the page renders without these details; never stored under a real key.
    return "no-footer";
  }
}

/** A stored page as the answer: gzip when the browser takes it, 304 when it has this one. */
function sendCachedPage(req: express.Request, res: express.Response, page: CachedPage) {
  res.setHeader("Content-Security-Policy", page.csp);
  res.setHeader("Cache-Control", page.cacheControl);
  res.setHeader("ETag", page.etag);
  res.setHeader("Vary", "Accept-Encoding");
  if (ifNoneMatchMatches(req.get("If-None-Match") ?? null, page.etag)) {
    res.status(304).end();
    return;
  }
  const gzip = req.acceptsEncodings("gzip", "identity") === "gzip";
  const body = gzip ? page.gzip : page.body;
  res.status(200);
  res.setHeader("Content-Type", page.contentType);
  // Already encoded: the compression middleware leaves a response with Content-Encoding alone.
  if (gzip) res.setHeader("Content-Encoding", "gzip");
  res.setHeader("Content-Length", String(body.length));
  if (req.method === "HEAD") res.end();
  else res.end(body);
}

/**
 * A form page from its template (docs/decisions/027, "Form pages"): this request's nonce (helmet's
 * policy, already set, names it) and a new submission key. Compressed by the compression
 * middleware like any rendered page; no ETag, since no two answers are the same.
 */
function sendFormTemplate(req: express.Request, res: express.Response, template: PageTemplate) {
  const html = fillPageTemplate(template, { nonce: String(res.locals.cspNonce), submissionKey: randomUUID() });
  res.status(200);
  for (const [name, value] of template.headers) res.setHeader(name, value);
  if (req.method === "HEAD") res.end();
  else res.end(html);
}

/** Paths of files in public/ have an extension; pages never do, so they skip the file lookup. */
const looksLikeFile = (urlPath: string) => /\.[^/]+$/.test(urlPath);

async function main() {
  let config;
  try {
    config = env();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  const started = performance.now();
  const prepared = await prepareDatabase();
  console.log(
    `database: ${databaseDriver()} klaar (referentiedata ${prepared.reference}, demodata ${prepared.demo}) in ${Math.round(performance.now() - started)} ms`,
  );

  const build = (await import(pathToFileURL(path.resolve("build/index.js")).href)) as ServerBuild;
  const development = process.env.NODE_ENV === "development";
  const stylesheets = rootStylesheets(build);
  const sendPage = (res: express.Response, status: number, page: ErrorPage) => {
    if (res.headersSent) {
      res.end();
      return;
    }
    res.status(status).type("html").send(renderErrorPage(page, stylesheets));
  };
  const refuse = (req: express.Request, res: express.Response, refusal: Refusal) => {
    const reference = refusal.log ? String(res.locals.requestId) : undefined;
    if (refusal.log) console.warn(`[${reference}] ${refusal.log} (${req.method} ${req.path.slice(0, 200)})`);
    sendPage(res, refusal.status, { title: refusal.title, message: refusal.message, reference });
  };

  const app = express();
  app.disable("x-powered-by");
  // Behind a proxy, TRUST_PROXY (number of hops) makes req.ip the visitor's address, not the proxy's.
  if (config.TRUST_PROXY !== undefined) app.set("trust proxy", config.TRUST_PROXY);
  app.use((_req, res, next) => {
    res.locals.requestId = newReference();
    next();
  });
  app.use(compression());
  app.use(securityHeaders(config.APP_ENV === "production"));
  app.use(keepCachedCspOnNotModified);
  // Before anything decodes the path: Express's router and static files throw a URIError on it.
  app.use((req, res, next) => {
    if (isMalformedPath(req.path)) {
      refuse(req, res, MALFORMED_PATH);
      return;
    }
    next();
  });
  app.use((req, res, next) => {
    if (isPrivatePath(req.path)) res.setHeader("Cache-Control", "no-store");
    next();
  });
  // No form here is bigger than the 2 MB organisations upload; refuse larger bodies before reading them.
  app.use((req, res, next) => {
    if (Number(req.headers["content-length"] ?? 0) > MAX_BODY_BYTES) {
      res.status(413).type("text/plain; charset=utf-8").send("Dit is te veel gegevens in één keer. Een bestand mag hoogstens 2 MB zijn.");
      return;
    }
    next();
  });
  // Pages the same for every visitor, already rendered (docs/decisions/027): no Remix, no gzip.
  const pages = new PageCache();
  const formTemplates = new PageCache<PageTemplate>();
  const buildVersion = build.assets.version;
  app.use(async (req, res, next) => {
    // Private pages (no-store, set above) are never stored, so they need no key.
    if (res.hasHeader("Cache-Control")) {
      next();
      return;
    }
    try {
      const key = pageKey({ method: req.method, path: req.path, query: req.url.includes("?") ? "?" : "" }, buildVersion, todayInNetherlands(), await footerKey());
      res.locals.pageKey = key;
      const page = key === null ? undefined : pages.get(key);
      if (page) {
        sendCachedPage(req, res, page);
        return;
      }
      const template = key === null ? undefined : formTemplates.get(key);
      if (template) {
        sendFormTemplate(req, res, template);
        return;
      }
      next();
    } catch (error) {
      next(error);
    }
  });
  app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
  const publicFiles = express.static("public", { maxAge: "1h" });
  app.use((req, res, next) => (looksLikeFile(req.path) ? publicFiles(req, res, next) : next()));
  // One check for every form post, before its body is read (docs/decisions/021).
  app.use((req, res, next) => {
    const refusal = crossSiteRefusal(req.method, req.path, req.headers) ?? unsupportedBodyRefusal(req.method, req.headers["content-type"]);
    if (refusal) {
      refuse(req, res, refusal);
      return;
    }
    next();
  });

  const handleRemixRequest = createRequestHandler(build, development ? "development" : "production");
  app.all("*", async (req, res, next) => {
    try {
      let request: Request;
      try {
        request = toRemixRequest(req, res);
      } catch {
        // A Host header no URL can be made of.
        refuse(req, res, MALFORMED_PATH);
        return;
      }
      if (req.method !== "GET" && req.method !== "HEAD") {
        // The form is read once here, with the parser the action will use, so a body it cannot
        // read or a field list no form of ours sends is a 400 here and never a 500 in a route.
        const names = await request
          .clone()
          .formData()
          .then((form) => [...form.keys()])
          .catch(() => null);
        const refusal = names ? formFieldsRefusal(names) : UNREADABLE_BODY;
        if (refusal) {
          refuse(req, res, refusal);
          return;
        }
      }
      const context = {
        cspNonce: String(res.locals.cspNonce),
        clientIp: req.ip ?? null,
        requestId: String(res.locals.requestId),
        failure: { databaseUnavailable: false },
      };
      const response = await handleRemixRequest(request, context);
      if (context.failure.databaseUnavailable && response.status >= 500) {
        res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
        // Single-fetch data keeps its encoding (the page in the browser shows its own error).
        if (!new URL(request.url).pathname.endsWith(".data")) {
          await response.body?.cancel();
          sendPage(res, 503, { ...DATABASE_AWAY, reference: context.requestId });
          return;
        }
      }
      // The private pages' no-store (set above) wins over anything a route says.
      if (res.hasHeader("Cache-Control")) response.headers.delete("Cache-Control");
      const key = res.locals.pageKey as string | null;
      const formTemplate = key && req.method === "GET" && isFormTemplate(response.status, response.headers);
      // The marker is for this server only.
      response.headers.delete(FORM_TEMPLATE_HEADER);
      if (key && formTemplate) {
        const html = await response.text();
        const template = toPageTemplate(html, context.cspNonce, response.headers);
        if (template) {
          formTemplates.set(key, template);
          sendFormTemplate(req, res, template);
          return;
        }
        // Not the form page a template is made for (no single submission key): sent as rendered, never kept.
        await sendRemixResponse(res, new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers }));
        return;
      }
      if (key && req.method === "GET" && isStorable(response.status, response.headers)) {
        const csp = String(res.getHeader("Content-Security-Policy") ?? "");
        const page = toCachedPage(await response.text(), context.cspNonce, csp, response.headers);
        pages.set(key, page);
        sendCachedPage(req, res, page);
        return;
      }
      if (response.body && (response.headers.get("Content-Type") ?? "").startsWith("text/html")) {
        // React writes a page in many small pieces; compressing each one on its own cost more than
        // rendering (docs/performance.md). No page streams deferred data, so send it whole.
        const bytes = Buffer.from(await response.arrayBuffer());
        await sendRemixResponse(res, new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers }));
        return;
      }
      await sendRemixResponse(res, response);
    } catch (error) {
      next(error);
    }
  });

  // The last word on any error: a Dutch page with a reference, and the details only in the log.
  const finalErrorHandler: ErrorRequestHandler = (error, req, res, _next) => {
    const reference = String(res.locals.requestId ?? newReference());
    const status = typeof error?.status === "number" ? error.status : typeof error?.statusCode === "number" ? error.statusCode : 500;
    if (status >= 400 && status < 500) {
      // Body-parser and router errors about the request itself (a bad encoding, an aborted upload).
      sendPage(res, status, { title: "Dit verzoek kunnen we niet lezen", message: "Ga terug naar de pagina en probeer het opnieuw." });
      return;
    }
    if (isDatabaseUnavailable(error)) {
      console.error(`[${reference}] database onbereikbaar bij ${req.method} ${req.path.slice(0, 200)}: ${String(error?.code ?? error)}`);
      res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
      sendPage(res, 503, { ...DATABASE_AWAY, reference });
      return;
    }
    console.error(`[${reference}] ${req.method} ${req.path.slice(0, 200)}`, error);
    if (development && !res.headersSent) {
      res.status(500).type("text/plain; charset=utf-8").send(`[${reference}] ${error?.stack ?? String(error)}`);
      return;
    }
    sendPage(res, 500, { ...SERVER_ERROR, reference });
  };
  app.use(finalErrorHandler);

  const inProcessWorker = config.OUTBOX_WORKER === "on";
  const worker = inProcessWorker ? startOutboxWorker(database()) : null;
  const jobs = inProcessWorker ? startScheduledJobs(database()) : null;
  const server: Server = app.listen(config.PORT, config.HOST, () => {
    console.log(`Opstap draait op http://${config.HOST === "127.0.0.1" ? "localhost" : config.HOST}:${config.PORT}`);
  });

  const shutdown = async (signal: string) => {
    console.log(`${signal}: afsluiten…`);
    // Take no new requests; let those under way finish (for at most 10 s) before the pool closes.
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeIdleConnections();
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
    await Promise.all([worker?.stop(), jobs?.stop()]);
    await closeDatabase();
    process.exit(0);
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
