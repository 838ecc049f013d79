// How a TextFinder matches one cell's text: the pattern from its options, diacritics folded with a map back to the text, and replacements with group references.
import { ScriptError } from "../runtime";

/** The search options of a TextFinder (reference/spreadsheet/text-finder). */
export interface MatchOptions {
  /** Default false: "the search defaults to case-insensitive matching" (matchCase). */
  matchCase: boolean;
  /** Default false: "the search defaults to partial matching" (matchEntireCell). */
  matchEntireCell: boolean;
  /** Default false: the search string is plain text (useRegularExpression). */
  useRegularExpression: boolean;
  /** Default false: "the search matches diacritics" (ignoreDiacritics). */
  ignoreDiacritics: boolean;
}

/** A cell's text as the pattern sees it, and where each piece of it came from. */
interface Searchable {
  readonly text: string;
  /** The span of the original text that a span [start, end) of `text` covers. */
  span(start: number, end: number): [number, number];
}

const MARKS = /\p{M}/gu;

/**
 * The text with its diacritics removed: each character is decomposed (NFD), its combining marks
 * dropped and the rest recomposed (NFC), so "é" and "ñ" fold to "e" and "n" while a Hangul syllable
 * stays whole. UNCONFIRMED: which characters Google treats as diacritics is unpublished; here it is
 * every combining mark (Unicode category M). Letters that do not decompose ("ø", "ł") are kept.
 */
export function foldDiacritics(text: string): string {
  return searchable(text, true).text;
}

function searchable(text: string, fold: boolean): Searchable {
  if (!fold) return { text, span: (start, end) => [start, end] };
  let folded = "";
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; ) {
    const ch = String.fromCodePoint(text.codePointAt(i) as number);
    const end = i + ch.length;
    const bare = ch.normalize("NFD").replace(MARKS, "").normalize("NFC");
    if (bare === "") {
      // A combining mark on its own belongs to the character before it: a match of that character covers it.
      if (ends.length > 0) ends[ends.length - 1] = end;
    } else {
      for (let k = 0; k < bare.length; k++) {
        starts.push(i);
        ends.push(end);
      }
    }
    folded += bare;
    i = end;
  }
  return {
    text: folded,
    span(start, end) {
      if (end > start) return [starts[start] ?? text.length, ends[end - 1] ?? text.length];
      const at = starts[start] ?? text.length;
      return [at, at];
    },
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/**
 * The pattern a finder searches with. A regular expression is read with JavaScript's syntax, close
 * to the Java rules the Sheets API names for its find-and-replace (UNCONFIRMED for TextFinder); a
 * pattern JavaScript refuses makes the search throw (UNCONFIRMED wording). Matching the entire cell
 * anchors the pattern at both ends.
 */
export function compilePattern(findText: string, options: MatchOptions): RegExp {
  const text = options.ignoreDiacritics ? foldDiacritics(findText) : findText;
  let source = options.useRegularExpression ? text : escapeRegExp(text);
  if (options.matchEntireCell) source = `^(?:${source})$`;
  try {
    return new RegExp(source, `gd${options.matchCase ? "" : "i"}`);
  } catch {
    throw new ScriptError(`Invalid argument: findText (${findText} is not a valid regular expression)`);
  }
}

/** True when `text` holds at least one match of `pattern`. */
export function hasMatch(pattern: RegExp, text: string, options: MatchOptions): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(searchable(text, options.ignoreDiacritics).text);
  pattern.lastIndex = 0;
  return found;
}

/** The text after replacing every match of `pattern`, and how many matches were replaced. */
export function replaceMatches(
  pattern: RegExp,
  text: string,
  replaceText: string,
  options: MatchOptions,
): { text: string; count: number } {
  const source = searchable(text, options.ignoreDiacritics);
  pattern.lastIndex = 0;
  let out = "";
  let last = 0;
  let count = 0;
  for (const m of source.text.matchAll(pattern)) {
    const whole = m.indices?.[0] ?? [m.index ?? 0, (m.index ?? 0) + m[0].length];
    const [start, end] = source.span(whole[0], whole[1]);
    const from = Math.max(start, last);
    out += text.slice(last, from);
    out += options.useRegularExpression ? expand(replaceText, m, source, text) : replaceText;
    last = Math.max(end, from);
    count++;
  }
  pattern.lastIndex = 0;
  return { text: out + text.slice(last), count };
}

/** The original text a capturing group covered, "" when it took no part in the match. */
function groupText(m: RegExpMatchArray, group: number | string, source: Searchable, text: string): string {
  const where = typeof group === "number" ? m.indices?.[group] : m.indices?.groups?.[group];
  if (!where) return "";
  const [start, end] = source.span(where[0], where[1]);
  return text.slice(start, end);
}

function badReplacement(reason: string): ScriptError {
  // UNCONFIRMED wording; Java's Matcher refuses these replacement strings.
  return new ScriptError(`Invalid argument: replaceText (${reason})`);
}

/**
 * A replacement with group references, read as Java's Matcher reads it (the rules the Sheets API
 * names for its find-and-replace; UNCONFIRMED for TextFinder): "$n" is group n (as many digits as
 * name an existing group), "${name}" a named group, "\x" the character x; any other "$" is refused.
 */
function expand(replaceText: string, m: RegExpMatchArray, source: Searchable, text: string): string {
  const groups = m.length - 1;
  let out = "";
  for (let i = 0; i < replaceText.length; i++) {
    const ch = replaceText[i] as string;
    if (ch === "\\") {
      i++;
      if (i >= replaceText.length) throw badReplacement("character to be escaped is missing");
      out += replaceText[i];
    } else if (ch === "$") {
      const next = replaceText[i + 1] ?? "";
      if (next === "{") {
        const close = replaceText.indexOf("}", i + 2);
        const name = close < 0 ? "" : replaceText.slice(i + 2, close);
        if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) throw badReplacement("named group reference is malformed");
        if (!m.groups || !(name in m.groups)) throw badReplacement(`no group with name {${name}}`);
        out += groupText(m, name, source, text);
        i = close;
      } else if (next >= "0" && next <= "9") {
        let ref = Number(next);
        if (ref > groups) throw badReplacement(`no group ${ref}`);
        i++;
        for (let d = replaceText[i + 1] ?? ""; d >= "0" && d <= "9"; d = replaceText[i + 1] ?? "") {
          const longer = ref * 10 + Number(d);
          if (longer > groups) break;
          ref = longer;
          i++;
        }
        out += groupText(m, ref, source, text);
      } else {
        throw badReplacement("illegal group reference");
      }
    } else {
      out += ch;
    }
  }
  return out;
}
