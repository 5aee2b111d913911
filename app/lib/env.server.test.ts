import { describe, expect, it } from "vitest";
import { parseEnv, usesDevMailbox } from "./env.server";

describe("parseEnv", () => {
  it("runs with no configuration at all, on PGlite with the dev mailbox", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ APP_ENV: "development", PORT: 3000, PGLITE_DIR: ".data/pglite", APP_URL: "http://localhost:3000" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(usesDevMailbox(env)).toBe(true);
  });

  it("names the variable that is wrong", () => {
    expect(() => parseEnv({ PORT: "zeventig" })).toThrow(/PORT/);
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: moet beginnen met postgres/);
  });

  it("demands the real settings in production", () => {
    expect(() => parseEnv({ APP_ENV: "production" })).toThrow(/DATABASE_URL[\s\S]*RESEND_API_KEY[\s\S]*SESSION_SECRET[\s\S]*DATA_KEY[\s\S]*APP_URL/);
    expect(() => parseEnv({ APP_ENV: "production", DATA_KEY: "kort" })).toThrow(/DATA_KEY: moet minstens 32 tekens/);
    const env = parseEnv({
      APP_ENV: "production",
      DATABASE_URL: "postgres://db/opstap",
      RESEND_API_KEY: "re_live",
      SESSION_SECRET: "x".repeat(32),
      DATA_KEY: "y".repeat(32),
      APP_URL: "https://opstap.example.org",
    });
    expect(usesDevMailbox(env)).toBe(false);
  });

  it("treats an empty variable as not set", () => {
    expect(parseEnv({ DATABASE_URL: "", RESEND_API_KEY: " " }).DATABASE_URL).toBeUndefined();
  });
});
