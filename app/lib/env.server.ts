/**
 * The environment, validated once. A bad value stops the process at start-up with a message that
 * names the variable, instead of failing later on the first request that needs it.
 * Every variable is documented in .env.example.
 */
import { z } from "zod";
import { DEFAULT_RETENTION, type RetentionPeriods } from "~/domain/retention";

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const EnvSchema = z
  .object({
    APP_ENV: z.enum(["development", "test", "production"]).default("development"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().default("127.0.0.1"),
    APP_URL: z.url().optional(),
    DATABASE_URL: optionalString.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "moet beginnen met postgres:// of postgresql://")
        .optional(),
    ),
    PGLITE_DIR: z.string().default(".data/pglite"),
    RESEND_API_KEY: optionalString,
    RESEND_BASE_URL: z.url().optional(),
    MAIL_FROM: z.string().default("Opstap <noreply@opstap.example.org>"),
    SESSION_SECRET: optionalString,
    /** Encrypts email bodies in the outbox; never stored in the database. */
    DATA_KEY: optionalString,
    DEMO_DATA: z.enum(["on", "off"]).optional(),
    OUTBOX_POLL_MS: z.coerce.number().int().min(50).default(1000),
    /** Emails one worker sends at the same time; keep it within the provider's rate limit. */
    OUTBOX_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(8),
    /** "off": the web process runs neither the outbox worker nor the scheduled jobs (`npm run worker` does). */
    OUTBOX_WORKER: z.enum(["on", "off"]).default("on"),
    /** Behind a proxy: how many hops to trust, so req.ip (and the rate limits) see the visitor's address. */
    TRUST_PROXY: z.coerce.number().int().min(0).max(10).optional(),
    /** Limits on public form posts; "off" only for load tests. */
    RATE_LIMIT: z.enum(["on", "off"]).default("on"),
    RATE_LIMIT_POSTS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(60),
    RATE_LIMIT_REQUESTS_PER_EMAIL_PER_HOUR: z.coerce.number().int().min(1).default(10),
    /** How many working days a school has to answer before the request moves on. */
    RESPONSE_WINDOW_WORKING_DAYS: z.coerce.number().int().min(1).max(30).default(3),
    /** Retention periods (docs/privacy.md); defaults in ~/domain/retention. */
    RETENTION_CLOSED_REQUEST_DAYS: z.coerce.number().int().min(30).max(3650).optional(),
    RETENTION_SENT_EMAIL_BODY_DAYS: z.coerce.number().int().min(0).max(365).optional(),
    RETENTION_SESSION_DAYS: z.coerce.number().int().min(1).max(365).optional(),
    RETENTION_AUDIT_LOG_DAYS: z.coerce.number().int().min(90).max(3650).optional(),
  })
  .superRefine((env, ctx) => {
    if (env.APP_ENV !== "production") return;
    for (const key of ["DATABASE_URL", "RESEND_API_KEY", "SESSION_SECRET", "DATA_KEY", "APP_URL"] as const) {
      if (!env[key]) ctx.addIssue({ code: "custom", path: [key], message: "is verplicht als APP_ENV=production" });
    }
    for (const key of ["SESSION_SECRET", "DATA_KEY"] as const) {
      const value = env[key];
      if (value && value.length < 32) ctx.addIssue({ code: "custom", path: [key], message: "moet minstens 32 tekens lang zijn" });
    }
  });

export type Env = z.infer<typeof EnvSchema> & { APP_URL: string; SESSION_SECRET: string; DATA_KEY: string };

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new EnvError(`Ongeldige configuratie:\n${lines.join("\n")}\nZie .env.example.`);
  }
  const env = result.data;
  return {
    ...env,
    APP_URL: env.APP_URL ?? `http://localhost:${env.PORT}`,
    // Outside production a fixed secret keeps demo sessions working across restarts.
    SESSION_SECRET: env.SESSION_SECRET ?? "opstap-development-secret-not-for-production",
    DATA_KEY: env.DATA_KEY ?? "opstap-development-data-key-not-for-production",
  };
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Emails stay on this machine (dev mailbox) unless a Resend key is configured. */
export function usesDevMailbox(e: Env = env()): boolean {
  return !e.RESEND_API_KEY && e.APP_ENV !== "production";
}

export function loadsDemoData(e: Env = env()): boolean {
  return e.DEMO_DATA ? e.DEMO_DATA === "on" : e.APP_ENV !== "production";
}

/** The retention periods in force: the defaults, with what the environment changes. */
export function retentionPeriods(e: Env = env()): RetentionPeriods {
  return {
    ...DEFAULT_RETENTION,
    ...(e.RETENTION_CLOSED_REQUEST_DAYS ? { closedRequestDays: e.RETENTION_CLOSED_REQUEST_DAYS } : {}),
    ...(e.RETENTION_SENT_EMAIL_BODY_DAYS !== undefined ? { sentEmailBodyDays: e.RETENTION_SENT_EMAIL_BODY_DAYS } : {}),
    ...(e.RETENTION_SESSION_DAYS ? { sessionDays: e.RETENTION_SESSION_DAYS } : {}),
    ...(e.RETENTION_AUDIT_LOG_DAYS ? { auditLogDays: e.RETENTION_AUDIT_LOG_DAYS } : {}),
  };
}
