/**
 * A strict YAML decode in the manner of Go's yaml.v3 with KnownFields(true), over the `yaml` package's
 * document: unknown fields and type mismatches are collected with their lines (worded as yaml.v3 words
 * them), and a custom unmarshaler's failure (a model.Duration that does not parse) ends the decode.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { LineCounter, Node as YamlNode, Pair, YAMLMap } from 'yaml';

export type Pos = { line: number; col: number };

/** Thrown by a duration that does not parse: yaml.v3 stops decoding with the unmarshaler's error. */
export class DecodeAbort extends Error {}

export class Decoder {
  private readonly found: { line: number; text: string }[] = [];
  constructor(private readonly lines: LineCounter) {}

  pos(node: unknown): Pos {
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (!range) return { line: 0, col: 0 };
    const p = this.lines.linePos(range[0]);
    return { line: p.line, col: p.col };
  }

  /** yaml.v3's terror: the node's tag and (for scalars) its value, shortened past ten characters. */
  mismatch(node: YamlNode, into: string): void {
    const tag = isMap(node) ? '!!map' : isSeq(node) ? '!!seq' : scalarTag(node);
    let value = '';
    if (isScalar(node)) {
      const text = scalarText(node);
      value = text.length > 10 ? ` \`${text.slice(0, 7)}...\`` : ` \`${text}\``;
    }
    this.report(this.pos(node).line, `cannot unmarshal ${tag}${value} into ${into}`);
  }

  /** A mapping's fields; unknown keys reported as KnownFields(true) does. */
  fields(node: YamlNode, known: readonly string[], type: string): Map<string, YamlNode | null> {
    const out = new Map<string, YamlNode | null>();
    for (const pair of (node as YAMLMap).items as Pair<YamlNode, YamlNode | null>[]) {
      const key = isScalar(pair.key) ? scalarText(pair.key) : '';
      if (!known.includes(key)) this.report(this.pos(pair.key).line, `field ${key} not found in type ${type}`);
      else out.set(key, pair.value);
    }
    return out;
  }

  private report(line: number, text: string): void {
    this.found.push({ line, text });
  }

  /** The decode's type errors in document order, as yaml.v3 lists them. */
  get typeErrors(): string[] {
    return [...this.found].sort((a, b) => a.line - b.line).map((e) => `  line ${e.line}: ${e.text}`);
  }

  string(node: YamlNode | null | undefined): string {
    if (!node || isNull(node)) return '';
    if (isScalar(node)) return scalarText(node);
    this.mismatch(node, 'string');
    return '';
  }

  duration(node: YamlNode | null | undefined): number {
    if (!node || isNull(node)) return 0;
    if (!isScalar(node)) {
      this.mismatch(node, 'string');
      return 0;
    }
    return parseModelDuration(scalarText(node));
  }

  stringMap(node: YamlNode | null | undefined): Map<string, string> {
    const out = new Map<string, string>();
    if (!node || isNull(node)) return out;
    if (!isMap(node)) {
      this.mismatch(node, 'map[string]string');
      return out;
    }
    for (const pair of (node as YAMLMap).items as Pair<YamlNode, YamlNode | null>[]) out.set(this.string(pair.key), this.string(pair.value));
    return out;
  }
}

const DURATION = /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;
const UNIT_MS = [31_536_000_000, 604_800_000, 86_400_000, 3_600_000, 60_000, 1000, 1];

/** model.ParseDuration as of 2.42 (units in order, no fractions); its failure ends the decode. */
export function parseModelDuration(text: string): number {
  if (text === '0') return 0;
  const m = DURATION.exec(text);
  if (!m || text === '') throw new DecodeAbort(`not a valid duration string: "${text}"`);
  return m.slice(1).reduce((sum, v, i) => sum + (v === undefined ? 0 : Number(v) * UNIT_MS[i]!), 0);
}

export const isNull = (node: YamlNode) => isScalar(node) && node.value === null;
export const scalarText = (node: YamlNode) => (isScalar(node) ? (node.value === null ? '' : typeof node.value === 'string' ? node.value : String(node.source ?? node.value)) : '');
export function scalarTag(node: YamlNode): string {
  if (!isScalar(node)) return '!!str';
  if (node.value === null) return '!!null';
  if (typeof node.value === 'number') return Number.isInteger(node.value) && !/[.eE]/.test(String(node.source ?? '')) ? '!!int' : '!!float';
  if (typeof node.value === 'boolean') return '!!bool';
  return '!!str';
}

