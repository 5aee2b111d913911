/**
 * The confirmation page after a request was stored, when the database read for it fails (a dead
 * pooled connection, a restart): it still shows the reference from the session, so the employer
 * does not send the request again (issue 11).
 */
import { describe, expect, it, vi } from "vitest";
import { loader } from "~/routes/aanvraag.ontvangen";
import { sessionStorage } from "~/http/session.server";
import type * as Requests from "~/models/requests.server";

vi.mock("~/models/requests.server", async (original) => ({
  ...(await original<typeof Requests>()),
  requestByReference: vi.fn(async () => {
    throw Object.assign(new Error("Failed query"), { cause: Object.assign(new Error("write CONNECTION_CLOSED"), { code: "CONNECTION_CLOSED" }) });
  }),
}));

async function confirmationRequest(reference: string | null): Promise<Request> {
  const session = await sessionStorage().getSession();
  if (reference) session.set("lastReference", reference);
  return new Request("http://localhost/aanvraag/ontvangen", { headers: { Cookie: await sessionStorage().commitSession(session) } });
}

describe("the confirmation page while the database is away", () => {
  it("shows the reference the session remembers", async () => {
    const data = await loader({ request: await confirmationRequest("OP-2026-000042"), params: {}, context: { cspNonce: "", clientIp: null } });
    expect(data).toEqual({ request: null, storedReference: "OP-2026-000042" });
  });

  it("has nothing to show without a reference, and does not need the database for that", async () => {
    const data = await loader({ request: await confirmationRequest(null), params: {}, context: { cspNonce: "", clientIp: null } });
    expect(data).toEqual({ request: null, storedReference: null });
  });
});
