// Conformance tests of the emulated Utilities: formatDate per Java SimpleDateFormat in any zone, UUIDs, sleep, base64, digests.
import { afterEach, describe, expect, it } from "vitest";
import { Runtime, ScriptError } from "../../emulator/runtime";
import { createUtilities, formatDate } from "../../emulator/utilities";

const REF = "https://developers.google.com/apps-script/reference/utilities/utilities";
const JAVA = "https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html";
const MAY_7 = new Date("2019-05-07T05:00:00Z"); // midnight in Panama, a Tuesday

function utilities() {
  const rt = new Runtime({ scopes: [], authMode: "NONE" });
  return { rt, utils: createUtilities(rt) };
}

describe("Utilities.formatDate", () => {
  const hostZone = process.env.TZ;
  afterEach(() => {
    if (hostZone === undefined) delete process.env.TZ;
    else process.env.TZ = hostZone;
  });

  it(`formats in the given zone whatever the host's zone (${REF}#formatDate(Date,String,String); platform guide)`, () => {
    const { utils } = utilities();
    for (const host of ["UTC", "Asia/Tokyo", "America/Los_Angeles"]) {
      process.env.TZ = host;
      expect(utils.formatDate(MAY_7, "America/Panama", "yyyy-MM-dd HH:mm")).toBe("2019-05-07 00:00");
    }
    process.env.TZ = "Asia/Tokyo";
    // Proof the host zone really changed: a local getter would have said 14.
    expect(MAY_7.getHours()).toBe(14);
  });

  it(`writes English month and day names, like Apps Script (${JAVA}, "Text" and "Month")`, () => {
    expect(formatDate(MAY_7, "America/Panama", "EEE, d MMM yyyy")).toBe("Tue, 7 May 2019");
    expect(formatDate(MAY_7, "America/Panama", "EEEE d 'de' MMMM")).toBe("Tuesday 7 de May");
    expect(formatDate(MAY_7, "America/Panama", "M/d/yy")).toBe("5/7/19");
  });

  it(`knows the hour letters H, k, K, h and a (${JAVA})`, () => {
    expect(formatDate(MAY_7, "America/Panama", "H k K h a")).toBe("0 24 0 12 AM");
    expect(formatDate(new Date("2019-05-07T18:05:09.007Z"), "America/Panama", "HH:mm:ss.SSS hh a")).toBe(
      "13:05:09.007 01 PM",
    );
  });

  it(`quotes text with '…' and writes '' as one quote (${JAVA}, "Text can be quoted")`, () => {
    expect(formatDate(MAY_7, "America/Panama", "yyyy-MM-dd'T'HH:mm:ss")).toBe("2019-05-07T00:00:00");
    expect(formatDate(MAY_7, "America/Panama", "h 'o''clock' a")).toBe("12 o'clock AM");
    expect(formatDate(MAY_7, "America/Panama", "''yy''")).toBe("'19'");
  });

  it(`writes zone offsets with Z, X, XX, XXX and names with z (${JAVA}, "Time zone")`, () => {
    expect(formatDate(MAY_7, "America/Panama", "Z|X|XX|XXX|z")).toBe("-0500|-05|-0500|-05:00|EST");
    expect(formatDate(MAY_7, "UTC", "X HH:mm")).toBe("Z 05:00");
    expect(formatDate(MAY_7, "Asia/Kolkata", "HH:mm XXX")).toBe("10:30 +05:30");
    expect(formatDate(MAY_7, "GMT-05:00", "HH:mm Z")).toBe("00:00 -0500");
  });

  it("follows daylight saving time in zones that have it", () => {
    expect(formatDate(new Date("2019-07-01T12:00:00Z"), "America/New_York", "HH:mm z")).toBe("08:00 EDT");
    expect(formatDate(new Date("2019-01-01T12:00:00Z"), "America/New_York", "HH:mm z")).toBe("07:00 EST");
  });

  it(`computes day of year, week of year and week year as Java's US calendar does (${JAVA}, D w Y)`, () => {
    expect(formatDate(MAY_7, "America/Panama", "D w u F")).toBe("127 19 2 1");
    // Sunday 29 Dec 2019 starts the week holding 1 Jan 2020: week 1 of week-year 2020.
    expect(formatDate(new Date("2019-12-29T17:00:00Z"), "America/Panama", "yyyy YYYY ww")).toBe(
      "2019 2020 01",
    );
  });

  it(`throws Java's "Illegal pattern character" for an unknown letter (${JAVA}, IllegalArgumentException)`, () => {
    expect(() => formatDate(MAY_7, "America/Panama", "yyyy-MM-dd x")).toThrow(
      "Illegal pattern character 'x'",
    );
    expect(() => formatDate(MAY_7, "America/Panama", "YYYY-MM-DD hh:mm b")).toThrow(ScriptError);
    expect(() => formatDate(MAY_7, "America/Panama", "'sin cerrar")).toThrow("Unterminated quote");
  });

  it("refuses a non-Date with Apps Script's signature message", () => {
    expect(() => formatDate("2019-05-07", "America/Panama", "yyyy")).toThrow(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
    expect(() => formatDate(null, "America/Panama", "yyyy")).toThrow(
      "The parameters (null,String,String) don't match the method signature for Utilities.formatDate.",
    );
  });

  it("refuses an invalid Date and an unknown zone (UNCONFIRMED wording; stricter than Java's silent GMT)", () => {
    expect(() => formatDate(new Date("no es fecha"), "America/Panama", "yyyy")).toThrow(ScriptError);
    expect(() => formatDate(MAY_7, "America/Panamá", "yyyy")).toThrow("Invalid argument: timeZone");
    expect(() => formatDate(MAY_7, "america/panama", "yyyy")).toThrow("Invalid argument: timeZone");
  });
});

describe("Utilities", () => {
  it(`getUuid returns a random RFC 4122 version 4 UUID (${REF}#getUuid())`, () => {
    const { utils } = utilities();
    const a = utils.getUuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(utils.getUuid()).not.toBe(a);
  });

  it(`sleep advances simulated time instead of sleeping, up to 300000 ms (${REF}#sleep(Integer))`, () => {
    const { rt, utils } = utilities();
    const started = Date.now();
    utils.sleep(300_000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(rt.waitedMs).toBe(300_000);
    expect(() => utils.sleep(300_001)).toThrow(ScriptError);
  });

  it(`base64 encodes UTF-8 and decodes to Java's signed bytes (${REF}#base64Decode(String))`, () => {
    const { utils } = utilities();
    expect(utils.base64Encode("año")).toBe("YcOxbw==");
    expect(utils.base64Decode("YcOxbw==")).toEqual([97, -61, -79, 111]);
    expect(utils.base64Encode([-1, 0, 127])).toBe("/wB/");
    expect(utils.base64EncodeWebSafe([-5, -1])).toBe("-_8=");
    expect(() => utils.base64Decode("%%%")).toThrow(ScriptError);
  });

  it(`computeDigest returns signed bytes for a DigestAlgorithm (${REF}#computeDigest(DigestAlgorithm,String))`, () => {
    const { utils } = utilities();
    const md5 = utils.computeDigest(utils.DigestAlgorithm.MD5, "abc");
    expect(md5.slice(0, 3)).toEqual([-112, 1, 80]); // 900150983cd2…
    expect(() => utils.computeDigest("MD5", "abc")).toThrow(ScriptError);
  });

  it("newBlob keeps bytes, name and content type", () => {
    const { utils } = utilities();
    const blob = utils.newBlob("hola", "text/plain", "saludo.txt");
    expect(blob.getDataAsString()).toBe("hola");
    expect(blob.getName()).toBe("saludo.txt");
    expect(blob.getContentType()).toBe("text/plain");
  });

  it("needs no authorization: works in AuthMode.NONE and counts calls", () => {
    const { rt, utils } = utilities();
    utils.formatDate(MAY_7, "America/Panama", "yyyy");
    expect(rt.callCounts()).toEqual({ "Utilities.formatDate": 1 });
  });
});
