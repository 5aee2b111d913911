import { describe, expect, it } from "vitest";
import {
  ageInDays,
  containsPattern,
  decodeCursor,
  DEFAULT_INBOX_QUERY,
  encodeCursor,
  formatAge,
  formatExportDateTime,
  hasFilters,
  inboxHref,
  type InboxQuery,
  inboxQueryToSearchParams,
  parseInboxQuery,
  statusesFor,
} from "./inbox-query";

const ID = "3f2b8c1e-5d4a-4b6c-9e8f-0a1b2c3d4e5f";
const parse = (search: string) => parseInboxQuery(new URLSearchParams(search));

describe("parseInboxQuery", () => {
  it("shows open requests, newest first, when the URL says nothing", () => {
    expect(parse("")).toEqual(DEFAULT_INBOX_QUERY);
    expect(DEFAULT_INBOX_QUERY).toMatchObject({ status: "open", sort: "nieuwste", cursor: null });
  });

  it("reads every filter from its Dutch name", () => {
    expect(
      parse(`status=geplaatst&soort=groepsstage&sector=horeca&gemeente=GM0344&eigenaar=${ID}&ouder=7&zoek=%20Bakkerij%20&volgorde=oudste`),
    ).toEqual({
      status: "geplaatst",
      kind: "groepsstage",
      sector: "horeca",
      municipality: "GM0344",
      owner: ID,
      olderThanDays: 7,
      search: "Bakkerij",
      sort: "oudste",
      cursor: null,
    });
    expect(parse("status=alle&eigenaar=mij").owner).toBe("mij");
    expect(parse("eigenaar=geen").owner).toBe("geen");
  });

  it("falls back per field on values that make no sense, keeping the good ones", () => {
    expect(
      parse("status=weg&soort=stage&sector=ruimtevaart&gemeente=Utrecht&eigenaar=iemand&ouder=5&volgorde=willekeurig&cursor=!!&zoek=bakker"),
    ).toEqual({ ...DEFAULT_INBOX_QUERY, search: "bakker" });
  });

  it("treats the empty fields of a submitted filter form as no filter", () => {
    expect(parse("status=open&soort=&sector=&gemeente=&eigenaar=&ouder=&zoek=&volgorde=nieuwste")).toEqual(DEFAULT_INBOX_QUERY);
  });

  it("takes an owner only when it is a real uuid", () => {
    expect(parse(`eigenaar=${"-".repeat(36)}`).owner).toBeNull();
    expect(parse(`eigenaar=${ID.toUpperCase()}`).owner).toBe(ID);
  });

  it("drops NUL characters from the search text, which the database cannot take", () => {
    expect(parse("zoek=bak%00ker").search).toBe("bakker");
    expect(parse("zoek=%00").search).toBe("");
  });

  it("cuts a very long search text short instead of refusing it", () => {
    expect(parse(`zoek=${"a".repeat(500)}`).search).toHaveLength(100);
  });
});

describe("cursor", () => {
  const cursor = { direction: "na" as const, createdAt: "2026-03-01T09:15:00.123456Z", id: ID };

  it("survives the round trip through the URL", () => {
    const encoded = encodeCursor(cursor);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(encoded)).toEqual(cursor);
    expect(parse(`cursor=${encoded}`).cursor).toEqual(cursor);
  });

  it("refuses anything that is not a cursor we made", () => {
    const b64 = (text: string) => btoa(text).replace(/=+$/, "");
    expect(decodeCursor("")).toBeNull();
    expect(decodeCursor("%%%")).toBeNull();
    expect(decodeCursor(b64(`terug|2026-03-01T09:15:00Z|${ID}`))).toBeNull();
    expect(decodeCursor(b64(`na|gisteren|${ID}`))).toBeNull();
    expect(decodeCursor(b64(`na|2026-03-01T09:15:00Z|1; drop table requests`))).toBeNull();
    expect(decodeCursor(b64(`na|2026-03-01T09:15:00Z|${ID}|extra`))).toBeNull();
    expect(decodeCursor(b64(`voor|2026-03-01T09:15:00Z|${ID}`))).toEqual({ direction: "voor", createdAt: "2026-03-01T09:15:00Z", id: ID });
  });

  it("refuses a timestamp the database would refuse, so a crafted link shows the first page", () => {
    const b64 = (text: string) => btoa(text).replace(/=+$/, "");
    for (const createdAt of [
      "2024-02-30T00:00:00Z", // no such day: Date.parse rolls it over to 1 March
      "2023-02-29T00:00:00Z", // not a leap year
      "2024-04-31T00:00:00Z",
      "2024-13-01T00:00:00Z",
      "2024-00-10T00:00:00Z",
      "2024-01-00T00:00:00Z",
      "0000-01-01T00:00:00Z", // there is no year 0
      "2024-01-01T24:00:00Z",
      "2024-01-01T23:60:00Z",
      "2024-01-01T23:59:60Z",
      "2024-01-01T00:00:00.1234567Z", // more than microseconds
      "2024-01-01T00:00:00+01:00",
      "2024-01-01 00:00:00Z",
      "+02024-01-01T00:00:00Z",
      "99999-01-01T00:00:00Z",
    ]) {
      const encoded = b64(`na|${createdAt}|${ID}`);
      expect(decodeCursor(encoded), createdAt).toBeNull();
      expect(parse(`cursor=${encoded}&status=alle`), createdAt).toEqual({ ...DEFAULT_INBOX_QUERY, status: "alle" });
    }
  });

  it("keeps a real moment at the edges: a leap day, the first and the last year", () => {
    const b64 = (text: string) => btoa(text).replace(/=+$/, "");
    for (const createdAt of ["2024-02-29T23:59:59.999999Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "0099-06-15T12:00:00Z"]) {
      expect(decodeCursor(b64(`na|${createdAt}|${ID}`)), createdAt).toEqual({ direction: "na", createdAt, id: ID });
    }
  });

  it("refuses an id that only looks like a uuid, and writes a good one in lower case", () => {
    const b64 = (text: string) => btoa(text).replace(/=+$/, "");
    expect(decodeCursor(b64(`na|2026-03-01T09:15:00Z|${"-".repeat(36)}`))).toBeNull();
    expect(decodeCursor(b64(`na|2026-03-01T09:15:00Z|${ID.replace(/-/g, "")}----`))).toBeNull();
    expect(decodeCursor(b64(`na|2026-03-01T09:15:00Z|`))).toBeNull();
    expect(decodeCursor(b64(`na|2026-03-01T09:15:00Z|${ID.toUpperCase()}`))?.id).toBe(ID);
  });
});

describe("links", () => {
  const query: InboxQuery = { ...DEFAULT_INBOX_QUERY, kind: "vraag", search: "50% korting", olderThanDays: 3 };

  it("leaves defaults out and reads back to the same query", () => {
    expect(inboxQueryToSearchParams(DEFAULT_INBOX_QUERY).toString()).toBe("");
    const params = inboxQueryToSearchParams(query);
    expect(Object.fromEntries(params)).toEqual({ soort: "vraag", zoek: "50% korting", ouder: "3" });
    expect(parseInboxQuery(params)).toEqual(query);
  });

  it("starts at the first page when a filter changes, and keeps the page for a cursor", () => {
    const paged: InboxQuery = { ...query, cursor: { direction: "na", createdAt: "2026-03-01T09:15:00Z", id: ID } };
    expect(inboxHref("/backoffice", paged, { status: "alle" })).toBe("/backoffice?status=alle&soort=vraag&ouder=3&zoek=50%25+korting");
    expect(parseInboxQuery(new URL(inboxHref("/backoffice", query, { cursor: paged.cursor }), "http://x").searchParams).cursor).toEqual(paged.cursor);
    expect(inboxHref("/backoffice", DEFAULT_INBOX_QUERY)).toBe("/backoffice");
  });
});

describe("hasFilters", () => {
  it("sees the default list, in either order and on any page, as unfiltered", () => {
    expect(hasFilters(DEFAULT_INBOX_QUERY)).toBe(false);
    expect(hasFilters(parse("volgorde=oudste"))).toBe(false);
    expect(hasFilters(parse("status=alle"))).toBe(true);
    expect(hasFilters(parse("eigenaar=mij"))).toBe(true);
    expect(hasFilters(parse("zoek=bakker"))).toBe(true);
  });
});

describe("statusesFor", () => {
  it("knows what open and all stand for", () => {
    expect(statusesFor("open")).toEqual(["nieuw", "in_behandeling", "kennismaking_gepland"]);
    expect(statusesFor("alle")).toBeNull();
    expect(statusesFor("geen_match")).toEqual(["geen_match"]);
  });
});

describe("containsPattern", () => {
  it("takes % and _ literally", () => {
    expect(containsPattern("50%")).toBe("%50\\%%");
    expect(containsPattern("a_b\\c")).toBe("%a\\_b\\\\c%");
    expect(containsPattern("Bakkerij")).toBe("%Bakkerij%");
  });
});

describe("age and dates", () => {
  it("counts whole days", () => {
    const now = new Date("2026-03-10T12:00:00Z");
    expect(ageInDays(new Date("2026-03-10T08:00:00Z"), now)).toBe(0);
    expect(ageInDays(new Date("2026-03-09T11:59:00Z"), now)).toBe(1);
    expect(ageInDays(new Date("2026-03-07T12:00:00Z"), now)).toBe(3);
    expect([0, 1, 3].map(formatAge)).toEqual(["vandaag", "gisteren", "3 dagen geleden"]);
  });

  it("writes export dates as dd-mm-jjjj hh:mm in Dutch time, summer and winter", () => {
    expect(formatExportDateTime(new Date("2026-01-05T08:07:00Z"))).toBe("05-01-2026 09:07");
    expect(formatExportDateTime(new Date("2026-07-31T22:30:00Z"))).toBe("01-08-2026 00:30");
  });
});
