// The emulated project's defaults name no add-on: a new spreadsheet is "Untitled spreadsheet" in the root of My Drive, a folder exists only when asked for, the add-on menu and the script id are neutral.
import { describe, expect, it } from "vitest";
import { Environment } from "../../emulator/index";
import { SCOPE } from "../../emulator/runtime";

const manifest = {
  timeZone: "America/Panama",
  oauthScopes: [SCOPE.spreadsheetsCurrentOnly, SCOPE.containerUi, SCOPE.drive],
};

describe("Environment", () => {
  it('names a new spreadsheet "Untitled spreadsheet", as Google does, and keeps it in the root of My Drive', () => {
    const env = new Environment({ manifest });
    const drive = env.state.drive;
    expect(env.workbook.name).toBe("Untitled spreadsheet");
    expect(drive.files[env.workbook.id]?.name).toBe("Untitled spreadsheet");
    expect(drive.files[env.workbook.id]?.parents).toEqual([drive.rootId]);
    expect(Object.keys(drive.folders)).toEqual([drive.rootId]);
  });

  it("creates a folder only when asked for: in the root, holding the spreadsheet", () => {
    const env = new Environment({ manifest, spreadsheet: { name: "Registro", folder: "Equipo" } });
    const drive = env.state.drive;
    const file = drive.files[env.workbook.id];
    expect(file?.name).toBe("Registro");
    const folder = drive.folders[file?.parents[0] ?? ""];
    expect(folder?.name).toBe("Equipo");
    expect(folder?.parents).toEqual([drive.rootId]);
  });

  it('titles the add-on menu "Untitled project" unless the add-on\'s name is given', () => {
    const titleOf = (env: Environment): string | undefined => {
      const app = env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      env.runtime.uncounted(() => app.getUi().createAddonMenu().addItem("Help", "help").addToUi());
      return env.state.ui.menus[0]?.title;
    };
    expect(titleOf(new Environment({ manifest }))).toBe("Untitled project");
    expect(titleOf(new Environment({ manifest, addonTitle: "Registro" }))).toBe("Registro");
  });

  it("gives the script a neutral, well-formed id", () => {
    const env = new Environment({ manifest });
    const app = env.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp;
    const id = env.runtime.uncounted(() => app.getScriptId());
    expect(id).toMatch(/^1[A-Za-z0-9_-]{55}$/);
    expect(id).toBe("1EmulatedScriptId000000000000000000000000000000000000000");
  });
});
