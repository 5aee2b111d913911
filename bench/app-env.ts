/**
 * The environment every benchmark starts the app with: the same settings in `npm run bench`, the
 * profiles and the A/B runs, so their numbers compare.
 */
export function benchAppEnv(options: { databaseUrl: string; host: string; sessionSecret?: string }): Record<string, string> {
  return {
    HOST: options.host,
    DATABASE_URL: options.databaseUrl,
    // development: demo data loads; a key in the caller's shell is replaced, so no real email is
    // sent (each bench points RESEND_BASE_URL at its own fake provider).
    APP_ENV: "development",
    RESEND_API_KEY: "re_bench",
    // Every POST comes from one address; the rate limit would turn the measurement into 400s.
    RATE_LIMIT: "off",
    // The production default, not the tests' 100 ms: the email latency is the real one.
    OUTBOX_POLL_MS: "1000",
    // New per run and shared with the bench: it signs the staff session cookies the load sends.
    ...(options.sessionSecret ? { SESSION_SECRET: options.sessionSecret } : {}),
  };
}
