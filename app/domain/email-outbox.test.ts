import { describe, expect, it } from "vitest";
import { carriesAWayIn, isRetryableSendError, MAX_DELIVERY_ATTEMPTS, retryDelayMs, statusAfterFailure } from "./email-outbox";

describe("retry backoff", () => {
  const noJitter = () => 0.5;

  it("doubles from 30 seconds", () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, noJitter))).toEqual([30_000, 60_000, 120_000, 240_000]);
  });

  it("never waits longer than an hour (plus jitter)", () => {
    expect(retryDelayMs(30, noJitter)).toBe(3_600_000);
    expect(retryDelayMs(30, () => 1)).toBeLessThanOrEqual(3_600_000 * 1.2);
  });

  it("spreads retries by up to 20% either way", () => {
    expect(retryDelayMs(1, () => 0)).toBe(24_000);
    expect(retryDelayMs(1, () => 1)).toBe(36_000);
  });

  it("keeps trying until the last allowed attempt", () => {
    expect(statusAfterFailure(1)).toBe("pending");
    expect(statusAfterFailure(MAX_DELIVERY_ATTEMPTS - 1)).toBe("pending");
    expect(statusAfterFailure(MAX_DELIVERY_ATTEMPTS)).toBe("failed");
  });
});

describe("which refused sends are tried again", () => {
  it("retries network trouble, rate limits, server errors and a concurrent send with the same key", () => {
    expect(isRetryableSendError(null, "application_error")).toBe(true);
    expect(isRetryableSendError(429, "rate_limit_exceeded")).toBe(true);
    expect(isRetryableSendError(503, "application_error")).toBe(true);
    expect(isRetryableSendError(409, "concurrent_idempotent_requests")).toBe(true);
  });

  it("does not retry what will be refused again", () => {
    expect(isRetryableSendError(409, "invalid_idempotent_request")).toBe(false);
    expect(isRetryableSendError(422, "validation_error")).toBe(false);
    expect(isRetryableSendError(403, "invalid_from_address")).toBe(false);
  });
});

describe("which bodies are kept after sending", () => {
  it("keeps no body of an email with a code or a link that opens a page, nor of a template it does not know", () => {
    for (const template of ["inlogcode", "uitnodiging", "volglink", "aanvraag-ontvangen", "nieuwe-aanvraag-school", "status-gewijzigd", "iets-nieuws"]) {
      expect(carriesAWayIn(template)).toBe(true);
    }
    expect(carriesAWayIn("herinnering")).toBe(false);
  });
});
