import { describe, expect, it } from "vitest";
import { currentSchoolAssignment, requestAccess, schoolHistoryWindow, schoolSeesEmail, schoolSeesEvent, type Viewer } from "./request-access";

const admin: Viewer = { role: "admin", organisation: null };
const wsp: Viewer = { role: "wsp", organisation: { id: "wsp-u", kind: "wsp", regionSlug: "midden-utrecht" } };
const otherWsp: Viewer = { role: "wsp", organisation: { id: "wsp-a", kind: "wsp", regionSlug: "groot-amsterdam" } };
const brug: Viewer = { role: "school", organisation: { id: "brug", kind: "school", regionSlug: "midden-utrecht" } };
const anker: Viewer = { role: "school", organisation: { id: "anker", kind: "school", regionSlug: "midden-utrecht" } };

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 26, 9, minutes));

describe("requestAccess", () => {
  const request = { regionSlug: "midden-utrecht", assignments: [{ organisationId: "brug", status: "open" as const }] };

  it("lets an admin and the region's WSP work every request, and nobody else's WSP see it", () => {
    expect(requestAccess(admin, request)).toBe("work");
    expect(requestAccess(wsp, request)).toBe("work");
    expect(requestAccess(otherWsp, request)).toBe("none");
  });

  it("lets a school work what it has, read what it had, and see nothing it never had", () => {
    expect(requestAccess(brug, request)).toBe("work");
    expect(requestAccess(anker, request)).toBe("none");
    const moved = { ...request, assignments: [{ organisationId: "brug", status: "declined" as const }, { organisationId: "anker", status: "open" as const }] };
    expect(requestAccess(brug, moved)).toBe("read");
    expect(requestAccess(anker, moved)).toBe("work");
    expect(currentSchoolAssignment(anker, moved.assignments)).toEqual({ organisationId: "anker", status: "open" });
    expect(currentSchoolAssignment(brug, moved.assignments)).toBeNull();
  });

  it("shows a question without a place to administrators only: it belongs to no region", () => {
    const withoutPlace = { regionSlug: null, assignments: [] };
    expect(requestAccess(admin, withoutPlace)).toBe("work");
    expect(requestAccess(wsp, withoutPlace)).toBe("none");
    expect(requestAccess(brug, withoutPlace)).toBe("none");
  });

  it("gives a person without an organisation, or of the wrong kind, nothing", () => {
    expect(requestAccess({ role: "wsp", organisation: null }, request)).toBe("none");
    expect(requestAccess({ role: "wsp", organisation: { id: "brug", kind: "school", regionSlug: "midden-utrecht" } }, request)).toBe("none");
  });
});

describe("what a school sees of the history", () => {
  const assignments = [
    { organisationId: "brug", status: "declined" as const, createdAt: at(0), respondedAt: at(10) },
    { organisationId: "anker", status: "open" as const, createdAt: at(10), respondedAt: null },
  ];

  it("is everything while it has the request, up to when it let go afterwards", () => {
    expect(schoolHistoryWindow(anker, assignments)).toEqual({ organisationId: "anker", until: null });
    expect(schoolHistoryWindow(brug, assignments)).toEqual({ organisationId: "brug", until: at(10) });
    expect(schoolHistoryWindow(wsp, assignments)).toBeNull();
  });

  it("leaves out other organisations' notes and whatever happened after the school let go", () => {
    const window = schoolHistoryWindow(brug, assignments)!;
    expect(schoolSeesEvent(window, { type: "notitie", createdAt: at(5), authorOrganisationId: "brug" })).toBe(true);
    expect(schoolSeesEvent(window, { type: "notitie", createdAt: at(5), authorOrganisationId: "wsp-u" })).toBe(false);
    expect(schoolSeesEvent(window, { type: "afgewezen", createdAt: at(10), authorOrganisationId: "brug" })).toBe(true);
    expect(schoolSeesEvent(window, { type: "doorgestuurd", createdAt: at(11), authorOrganisationId: null })).toBe(false);
    expect(schoolSeesEvent(window, { type: "doorgestuurd", createdAt: at(10), authorOrganisationId: null })).toBe(false);
    const now = schoolHistoryWindow(anker, assignments)!;
    expect(schoolSeesEvent(now, { type: "contact", createdAt: at(20), authorOrganisationId: "wsp-u" })).toBe(false);
    expect(schoolSeesEvent(now, { type: "bericht_werkgever", createdAt: at(20), authorOrganisationId: null })).toBe(true);
  });

  it("shows only emails to the school itself and to the employer", () => {
    const window = schoolHistoryWindow(anker, assignments)!;
    const addresses = { school: "anker@example.org", employer: "Sanne@example.org" };
    expect(schoolSeesEmail(window, { createdAt: at(12), toAddress: "anker@example.org" }, addresses)).toBe(true);
    expect(schoolSeesEmail(window, { createdAt: at(12), toAddress: "sanne@example.org" }, addresses)).toBe(true);
    expect(schoolSeesEmail(window, { createdAt: at(12), toAddress: "brug@example.org" }, addresses)).toBe(false);
    expect(schoolSeesEmail(window, { createdAt: at(12), toAddress: "wsp@example.org" }, addresses)).toBe(false);
  });
});
