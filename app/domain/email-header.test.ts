import { describe, expect, it } from "vitest";
import { downloadFilename, headerSafe } from "./email-header";

describe("headerSafe", () => {
  it("turns line breaks into spaces, so a company name cannot add a header", () => {
    expect(headerSafe("Bakkerij\r\nBcc: iedereen@example.org")).toBe("Bakkerij Bcc: iedereen@example.org");
  });
});

describe("downloadFilename", () => {
  it("keeps an ordinary file name", () => {
    expect(downloadFilename("kennismaking.ics")).toBe("kennismaking.ics");
  });

  it("leaves nothing that could end the header or climb out of a folder", () => {
    expect(downloadFilename('a"; filename=evil.html\r\nX-Header: 1')).toBe("a_filename_evil.html_X-Header_1");
    expect(downloadFilename("../../etc/passwd")).toBe("etc_passwd");
    expect(downloadFilename("uitnodiging één.ics")).toBe("uitnodiging_n.ics");
  });

  it("never gives an empty or hidden name, nor an endless one", () => {
    expect(downloadFilename("")).toBe("bijlage");
    expect(downloadFilename("...")).toBe("bijlage");
    expect(downloadFilename(".env")).toBe("env");
    expect(downloadFilename("x".repeat(300))).toHaveLength(100);
  });
});
