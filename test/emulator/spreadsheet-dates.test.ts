// Conformance: dates in cells are serials in the SPREADSHEET's time zone, whatever the host's zone.
import { describe, expect, it } from "vitest";
import { dateToSerial, partsToSerial, serialParts, serialToDate } from "../../emulator/spreadsheet/dates";

// Source: guides/apps-script-platform.md › Spreadsheet: "Dates in cells are days since 1899-12-30 in
// the spreadsheet's time zone". America/Panama is UTC-5 all year (no DST).
describe("spreadsheet dates (host TZ independent)", () => {
  it("2019-05-07 00:00 in America/Panama is serial 43592 exactly", () => {
    const instant = new Date("2019-05-07T05:00:00Z");
    expect(dateToSerial(instant, "America/Panama")).toBe(43592);
    expect(partsToSerial(2019, 5, 7)).toBe(43592);
  });

  it("the same instant is a different serial in another zone (the off-by-one-day trap)", () => {
    const instant = new Date("2019-05-07T05:00:00Z");
    expect(dateToSerial(instant, "Asia/Tokyo")).toBeCloseTo(43592 + 14 / 24, 10);
  });

  it("serial → Date gives back the same instant", () => {
    expect(serialToDate(43592, "America/Panama").toISOString()).toBe("2019-05-07T05:00:00.000Z");
    expect(serialToDate(43592.5, "America/Panama").toISOString()).toBe("2019-05-07T17:00:00.000Z");
  });

  it("handles DST zones both ways (Europe/Madrid summer and winter)", () => {
    const summer = new Date("2019-07-01T00:00:00+02:00");
    const winter = new Date("2019-01-01T00:00:00+01:00");
    expect(dateToSerial(summer, "Europe/Madrid")).toBe(partsToSerial(2019, 7, 1));
    expect(dateToSerial(winter, "Europe/Madrid")).toBe(partsToSerial(2019, 1, 1));
    expect(serialToDate(partsToSerial(2019, 7, 1), "Europe/Madrid").getTime()).toBe(summer.getTime());
  });

  it("serialParts reads the calendar without any zone", () => {
    expect(serialParts(43592.75)).toMatchObject({
      year: 2019,
      month: 5,
      day: 7,
      hour: 18,
      minute: 0,
      weekday: 2,
    });
    expect(serialParts(1)).toMatchObject({ year: 1899, month: 12, day: 31 });
  });

  it("round-trips every day of 2019–2020 in Panama and Madrid", () => {
    for (const tz of ["America/Panama", "Europe/Madrid"]) {
      for (let s = partsToSerial(2019, 1, 1); s < partsToSerial(2021, 1, 1); s++) {
        expect(dateToSerial(serialToDate(s, tz), tz)).toBe(s);
      }
    }
  });
});
