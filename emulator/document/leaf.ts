// HorizontalRule and PageBreak, one class (Leaf): elements without children or text.
import { Element } from "./element";
import type { InlineNode } from "./model";

/** HorizontalRule or PageBreak. */
export class Leaf extends Element {
  getAttributes(): Record<string, unknown> {
    this.enter("getAttributes");
    return {};
  }
  copy(): Leaf {
    this.enter("copy");
    return new Leaf(this.ctx, { type: (this.node as InlineNode).type } as InlineNode, this.cls);
  }
}
