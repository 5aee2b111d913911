import { describe, expect, it } from "vitest";
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs, statusAfterFailure } from "./email-outbox";

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
