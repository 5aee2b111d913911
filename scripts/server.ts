/**
 * `npm start`: prepares the database (migrations, reference data, demo data), starts the outbox
 * worker, and serves the built Remix app with Express on HOST:PORT.
 */
import "./load-dotenv";
import { randomBytes } from "node:crypto";
import type { Server } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express, { type RequestHandler } from "express";
import helmet from "helmet";
import { closeDatabase, database, databaseDriver } from "~/lib/db.server";
import { env, EnvError } from "~/lib/env.server";
import { keepCachedCspOnNotModified } from "~/lib/http-cache.server";
import { startOutboxWorker } from "~/lib/outbox-worker.server";
import { startScheduledJobs } from "~/lib/scheduled-jobs.server";
import { prepareDatabase } from "~/lib/prepare-database.server";

declare module "@remix-run/node" {
  interface AppLoadContext {
    cspNonce: string;
    /** The visitor's IP address, for rate limits on public forms. */
    clientIp: string | null;
  }
}

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
    const handler = /^\/dev\/mailbox\/[^/]+\/html$/.test(req.path) ? emailPreview : pages;
    handler(req, res, next);
  };
}

const MAX_BODY_BYTES = 3 * 1024 * 1024;

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
  const app = express();
  app.disable("x-powered-by");
  // Behind a proxy, TRUST_PROXY (number of hops) makes req.ip the visitor's address, not the proxy's.
  if (process.env.TRUST_PROXY) app.set("trust proxy", Number(process.env.TRUST_PROXY));
  app.use(compression());
  app.use(securityHeaders(config.APP_ENV === "production"));
  app.use(keepCachedCspOnNotModified);
  // No form here is bigger than the 2 MB organisations upload; refuse larger bodies before reading them.
  app.use((req, res, next) => {
    if (Number(req.headers["content-length"] ?? 0) > MAX_BODY_BYTES) {
      res.status(413).type("text/plain; charset=utf-8").send("Dit is te veel gegevens in één keer. Een bestand mag hoogstens 2 MB zijn.");
      return;
    }
    next();
  });
  app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
  app.use(express.static("public", { maxAge: "1h" }));
  app.all(
    "*",
    createRequestHandler({
      build,
      mode: process.env.NODE_ENV === "development" ? "development" : "production",
      getLoadContext: (req, res) => ({ cspNonce: String(res.locals.cspNonce), clientIp: req.ip ?? null }),
    }),
  );

  const inProcessWorker = process.env.OUTBOX_WORKER !== "off";
  const worker = inProcessWorker ? startOutboxWorker(database()) : null;
  const jobs = inProcessWorker ? startScheduledJobs(database()) : null;
  const server: Server = app.listen(config.PORT, config.HOST, () => {
    console.log(`Opstap draait op http://${config.HOST === "127.0.0.1" ? "localhost" : config.HOST}:${config.PORT}`);
  });

  const shutdown = async (signal: string) => {
    console.log(`${signal}: afsluiten…`);
    server.close();
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
