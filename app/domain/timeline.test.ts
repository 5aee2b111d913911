import { describe, expect, it } from "vitest";
import { REQUEST_EVENT_TYPES } from "./request-events";
import { EMAIL_TEMPLATES } from "../../emails";
import {
  declineReasonText,
  deliveryState,
  describeEventForStaff,
  emailTemplateLabel,
  mergeTimeline,
  storedDeclineReason,
  type TimelineEventRow,
  UNKNOWN_TEMPLATE_LABEL,
} from "./timeline";

const staffActor = "medewerker:11111111-1111-1111-1111-111111111111";

describe("describeEventForStaff", () => {
  it("has a Dutch sentence for every event type", () => {
    for (const type of REQUEST_EVENT_TYPES) {
      const description = describeEventForStaff({ type, actor: "systeem", data: {} });
      expect(description.text.length, type).toBeGreaterThan(10);
      expect(description.text, type).toMatch(/\.$/);
    }
  });

  it("says where routing sent the request", () => {
    expect(
      describeEventForStaff({ type: "doorgestuurd", actor: "systeem", data: { routing: { school: { name: "De Brug" } } } }),
    ).toEqual({ text: "Opstap heeft de aanvraag naar De Brug gestuurd.", by: "Opstap", quote: null });
    expect(describeEventForStaff({ type: "naar_wsp", actor: "systeem", data: { routing: { wsp: { name: "WSP Utrecht" } } } }).text).toBe(
      "Geen school kon de aanvraag oppakken. Opstap heeft hem naar WSP Utrecht gestuurd.",
    );
  });

  it("reads a school's decline reason by its label, with the explanation as a quote", () => {
    const description = describeEventForStaff({
      type: "afgewezen",
      actor: "organisatie:abc",
      organisationName: "VSO Het Anker",
      data: { reason: "te-ver: Wij zitten aan de andere kant van de stad", staffName: "Anna" },
    });
    expect(description).toEqual({
      text: "VSO Het Anker heeft de aanvraag afgewezen. Reden: Het bedrijf is te ver weg voor onze leerlingen.",
      by: "Anna – VSO Het Anker",
      quote: "Wij zitten aan de andere kant van de stad",
    });
  });

  it("shows what staff wrote: notes, contact, replies, forwards", () => {
    expect(
      describeEventForStaff({ type: "notitie", actor: staffActor, data: { text: "Terugbellen na de vakantie.", staffName: "Piet" } }),
    ).toEqual({ text: "Piet heeft een notitie gemaakt.", by: "Piet", quote: "Terugbellen na de vakantie." });
    expect(
      describeEventForStaff({ type: "contact", actor: staffActor, data: { channel: "bezoek", text: "Rondleiding gehad.", staffName: "Piet" } })
        .text,
    ).toBe("Piet is bij de werkgever op bezoek geweest.");
    expect(
      describeEventForStaff({
        type: "antwoord_medewerker",
        actor: staffActor,
        data: { message: "Ik bel u morgen.", staffName: "Piet", organisationName: "WSP Utrecht" },
      }),
    ).toEqual({ text: "Piet heeft de werkgever een bericht gestuurd.", by: "Piet – WSP Utrecht", quote: "Ik bel u morgen." });
    expect(
      describeEventForStaff({
        type: "doorgestuurd_door_wsp",
        actor: staffActor,
        data: { schoolName: "De Brug", message: "Kunnen jullie dit oppakken?", staffName: "Piet" },
      }),
    ).toMatchObject({ text: "Piet heeft de aanvraag doorgestuurd naar De Brug.", quote: "Kunnen jullie dit oppakken?" });
  });

  it("shows the employer's message", () => {
    expect(describeEventForStaff({ type: "bericht_werkgever", actor: "werkgever", data: { message: "Ook op zaterdag." } })).toEqual({
      text: "De werkgever heeft een bericht gestuurd.",
      by: "Werkgever",
      quote: "Ook op zaterdag.",
    });
  });

  it("names statuses, owners and the planned date in words", () => {
    expect(
      describeEventForStaff({
        type: "status_gewijzigd",
        actor: staffActor,
        data: { from: "in_behandeling", to: "geen_match", reason: "De werkgever wil niet meer", staffName: "Piet" },
      }),
    ).toMatchObject({ text: "Piet heeft de status veranderd van in behandeling naar geen match.", quote: "De werkgever wil niet meer" });
    expect(describeEventForStaff({ type: "eigenaar_gewijzigd", actor: staffActor, data: { ownerName: "Anna", staffName: "Piet" } }).text).toBe(
      "Piet heeft Anna eigenaar gemaakt.",
    );
    expect(describeEventForStaff({ type: "eigenaar_gewijzigd", actor: staffActor, data: { ownerName: null, staffName: "Piet" } }).text).toBe(
      "Piet heeft de eigenaar weggehaald.",
    );
    expect(
      describeEventForStaff({ type: "kennismaking_gepland", actor: staffActor, data: { introductionOn: "2026-12-03", staffName: "Piet" } }).text,
    ).toBe("Piet heeft een kennismaking gepland op donderdag 3 december 2026.");
  });
});

describe("storedDeclineReason", () => {
  it("stores what declineReasonText reads back", () => {
    expect(declineReasonText(storedDeclineReason("te-ver", " Twee bussen overstappen "))).toEqual({
      label: "Het bedrijf is te ver weg voor onze leerlingen",
      explanation: "Twee bussen overstappen",
    });
    expect(storedDeclineReason("geen-plek", "")).toBe("geen-plek");
  });
});

describe("declineReasonText", () => {
  it("keeps a reason it does not know as it was written", () => {
    expect(declineReasonText("geen-plek")).toEqual({ label: "We hebben nu geen leerling die past", explanation: null });
    expect(declineReasonText("iets anders: met uitleg")).toEqual({ label: "iets anders: met uitleg", explanation: null });
  });
});

describe("mergeTimeline", () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 9, minute));
  const event = (id: number, minute: number): TimelineEventRow => ({ id, type: "ontvangen", actor: "werkgever", data: {}, createdAt: at(minute) });
  const email = (id: string, minute: number, status: "pending" | "sent" | "failed" = "sent") => ({
    id,
    template: "status-gewijzigd",
    toAddress: "sanne@example.org",
    subject: "Nieuws",
    status,
    attempts: 1,
    createdAt: at(minute),
    sentAt: null,
  });

  it("puts events and emails in time order, an event before the emails of the same moment", () => {
    const merged = mergeTimeline([event(1, 0), event(2, 5)], [email("a", 0), email("b", 3, "failed"), email("c", 9, "pending")]);
    expect(merged.map((e) => e.key)).toEqual(["e1", "ma", "mb", "e2", "mc"]);
    expect(merged[2]).toMatchObject({ kind: "email", label: "Nieuws over de aanvraag", state: "mislukt" });
  });

  it("labels every email template in Dutch, never with its raw name", () => {
    const labels = Object.keys(EMAIL_TEMPLATES).map((template) => [template, emailTemplateLabel(template)] as const);
    for (const [template, label] of labels) {
      expect(label, template).not.toBe(UNKNOWN_TEMPLATE_LABEL);
      expect(label, template).not.toBe(template);
      expect(label, template).toMatch(/^[A-Z][a-z]/);
    }
    expect(new Set(labels.map(([, label]) => label)).size).toBe(labels.length);
    expect(emailTemplateLabel("kennismaking")).toBe("Afspraak voor de kennismaking");
  });

  it("says just \"E-mail\" for a stored template that no longer exists, or a name like an object's own property", () => {
    expect(emailTemplateLabel("bevestiging-oud")).toBe("E-mail");
    expect(emailTemplateLabel("toString")).toBe("E-mail");
  });

  it("names the delivery state", () => {
    expect(deliveryState("pending")).toBe("wacht");
    expect(deliveryState("sending")).toBe("wacht");
    expect(deliveryState("sent")).toBe("verstuurd");
    expect(deliveryState("failed")).toBe("mislukt");
  });
});

describe("owner changes", () => {
  const owner = (staffName: string, ownerName: string | null) =>
    describeEventForStaff({ type: "eigenaar_gewijzigd", actor: "medewerker:x", data: { staffName, ownerName } }).text;

  it("read naturally when someone takes a request themselves, gives it away, or clears it", () => {
    expect(owner("Sanne Bos", "Sanne Bos")).toBe("Sanne Bos is nu eigenaar.");
    expect(owner("Sanne Bos", "Joost Smit")).toBe("Sanne Bos heeft Joost Smit eigenaar gemaakt.");
    expect(owner("Sanne Bos", null)).toBe("Sanne Bos heeft de eigenaar weggehaald.");
  });
});
