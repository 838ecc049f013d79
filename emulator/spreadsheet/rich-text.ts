// RichTextValue and its builder: the text of a cell written as text (Range.setRichTextValue/s), without styles.
import { badParams, type Ctx, PURE } from "./context";
import { type CellState, ensureCell, getCell, pruneCell, type SheetState } from "./model";
import { checkLength } from "./typing";

/**
 * reference/spreadsheet/rich-text-value: a stylized text string that stands for a cell's text. The
 * emulator keeps the text only; text styles and links are not modelled (the add-on sets none).
 */
export class RichTextValueImpl {
  constructor(
    private readonly ctx: Ctx,
    readonly text: string,
  ) {}

  getText(): string {
    this.ctx.rt.enter("RichTextValue.getText", PURE);
    return this.text;
  }

  copy(): RichTextValueBuilderImpl {
    this.ctx.rt.enter("RichTextValue.copy", PURE);
    return new RichTextValueBuilderImpl(this.ctx, this.text);
  }
}

/** reference/spreadsheet/rich-text-value-builder: setText replaces the text; build makes the value. */
export class RichTextValueBuilderImpl {
  constructor(
    private readonly ctx: Ctx,
    private text = "",
  ) {}

  setText(text: string): RichTextValueBuilderImpl {
    this.ctx.rt.enter("RichTextValueBuilder.setText", PURE);
    if (typeof text !== "string") throw badParams("RichTextValueBuilder.setText", [text]);
    this.text = text;
    return this;
  }

  build(): RichTextValueImpl {
    this.ctx.rt.enter("RichTextValueBuilder.build", PURE);
    return new RichTextValueImpl(this.ctx, this.text);
  }
}

/** Checks a rich text argument (the signature error for anything else) and the per-cell limit. */
export function checkRichText(method: string, value: unknown): asserts value is RichTextValueImpl {
  if (!(value instanceof RichTextValueImpl)) throw badParams(method, [value]);
  checkLength(value.text);
}

/**
 * Stores a rich text value's text as the cell's text: never read as typed, so "=1+2", "1,000" or
 * "2019-05" stay text whatever the cell's number format (a RichTextValue is cell text by its type;
 * UNCONFIRMED on Google's pages that no parsing happens, which src/diagnostico checks). An empty text
 * empties the cell (UNCONFIRMED); formats and notes stay.
 */
export function writeRichText(
  sheet: SheetState,
  row: number,
  column: number,
  value: RichTextValueImpl,
): void {
  if (value.text === "") {
    const cell = getCell(sheet, row, column);
    if (!cell) return;
    delete cell.value;
    delete cell.formula;
    pruneCell(sheet, row, column);
    return;
  }
  const cell: CellState = ensureCell(sheet, row, column);
  delete cell.formula;
  cell.value = value.text;
}

/** What getRichTextValue gives for a cell: its text when it holds text, else null ("not text"). */
export function richTextOf(ctx: Ctx, cell: CellState | undefined): RichTextValueImpl | null {
  const v = cell?.value;
  if (cell?.formula !== undefined) return null;
  if (v === undefined) return new RichTextValueImpl(ctx, "");
  return typeof v === "string" ? new RichTextValueImpl(ctx, v) : null;
}
