// The Docs element classes, wired together: Element's wrap() and as…() casts get their subclasses from here.
import { Body, Section } from "./body";
import { registerElementClasses } from "./element";
import { Leaf } from "./leaf";
import { ListItem } from "./list-item";
import { Paragraph } from "./paragraph";
import { Table, TableCell, TableRow } from "./table";
import { Text } from "./text";

registerElementClasses({ Body, Section, Paragraph, ListItem, Table, TableRow, TableCell, Text, Leaf });

export { Element } from "./element";
export { Body, Leaf, ListItem, Paragraph, Section, Table, TableCell, TableRow, Text };
