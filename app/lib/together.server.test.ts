import { describe, expect, it } from "vitest";
import { together } from "./db.server";

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe("together", () => {
  it("gives the answers in order", async () => {
    expect(await together([Promise.resolve(1), Promise.resolve("twee"), null])).toEqual([1, "twee", null]);
  });

  it("throws the first failure only once every statement has settled, so none is sent after the transaction", async () => {
    const slow = deferred<string>();
    let settled = false;
    const result = together([Promise.reject(new Error("mislukt")), slow.promise]).finally(() => (settled = true));
    // Let every callback that is ready run: the failure alone must not end the wait.
    await new Promise((r) => setImmediate(r));
    expect(settled).toBe(false);
    slow.resolve("klaar");
    await expect(result).rejects.toThrow("mislukt");
  });
});
