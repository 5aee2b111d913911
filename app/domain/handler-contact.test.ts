import { describe, expect, it } from "vitest";
import { handlerContact, holdsRequest } from "./handler-contact";

const school = { name: "Praktijkschool De Brug", contactEmail: "info@debrug.example", contactPhone: "030 123 4567" };

describe("holdsRequest", () => {
  it("a school holds a request once it said yes, not while it is only asked", () => {
    expect(holdsRequest({ kind: "school" }, "accepted")).toBe(true);
    expect(holdsRequest({ kind: "school" }, "open")).toBe(false);
  });
  it("the WSP holds a request as soon as it has it", () => {
    expect(holdsRequest({ kind: "wsp" }, "open")).toBe(true);
    expect(holdsRequest({ kind: "wsp" }, "accepted")).toBe(true);
  });
  it("nobody holds a request it gave away or declined", () => {
    for (const status of ["declined", "expired", "withdrawn", "returned", "reassigned"] as const) {
      expect(holdsRequest({ kind: "school" }, status)).toBe(false);
      expect(holdsRequest({ kind: "wsp" }, status)).toBe(false);
    }
  });
});

describe("handlerContact", () => {
  it("names the person and uses their own phone and email", () => {
    expect(handlerContact(school, { name: "Fatima de Vries", contactPhone: "06 12345678", contactEmail: "f.devries@debrug.example" })).toEqual({
      organisationName: "Praktijkschool De Brug",
      personName: "Fatima de Vries",
      phone: "06 12345678",
      email: "f.devries@debrug.example",
    });
  });
  it("falls back to the organisation for what the person left empty", () => {
    expect(handlerContact(school, { name: "Fatima de Vries", contactPhone: null, contactEmail: "" })).toEqual({
      organisationName: "Praktijkschool De Brug",
      personName: "Fatima de Vries",
      phone: "030 123 4567",
      email: "info@debrug.example",
    });
  });
  it("without a person: the organisation's general number and address", () => {
    expect(handlerContact({ ...school, contactPhone: null }, null)).toEqual({
      organisationName: "Praktijkschool De Brug",
      personName: null,
      phone: null,
      email: "info@debrug.example",
    });
  });
});
