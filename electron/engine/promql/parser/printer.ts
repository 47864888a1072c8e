/**
 * Canonical PromQL text for a syntax tree, as Prometheus's String() methods print it (printer.go):
 * `sum by (job) (rate(x[5m]))`, matchers sorted, durations as `1h30m`, `@` as seconds with three decimals.
 * Parentheses are ParenExpr nodes, so the text parses back to the same tree.
 */
import type { AtModifier, BinaryExpr, Expr, LabelMatcher, VectorSelector } from './ast';
import { formatDuration } from './duration';
import { formatGoFloat } from './number';
import { goQuote } from './quote';

const LEGACY_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** A label name, quoted when it is not a plain identifier (UTF-8 names such as "service.name"). */
function labelName(name: string): string {
  return LEGACY_NAME.test(name) ? name : goQuote(name);
}

const labelList = (names: readonly string[]) => names.map(labelName).join(', ');

/** A matcher as Prometheus prints one: `name="value"`, `"dotted.name"=~"re"`. */
export function formatMatcher(m: LabelMatcher): string {
  return `${labelName(m.name)}${m.type}${goQuote(m.value)}`;
}

function offsetSuffix(offset: number): string {
  if (offset > 0) return ` offset ${formatDuration(offset)}`;
  if (offset < 0) return ` offset -${formatDuration(-offset)}`;
  return '';
}

function atSuffix(at: AtModifier | undefined): string {
  if (!at) return '';
  if (at.startOrEnd) return ` @ ${at.startOrEnd}()`;
  return ` @ ${((at.timestamp ?? 0) / 1000).toFixed(3)}`;
}

/** The selector without its @ and offset (which a range selector prints after its range). */
function selectorBody(vs: VectorSelector): string {
  const shown = vs.matchers
    .filter((m) => !(m.name === '__name__' && m.type === '=' && m.value === vs.name && m.value !== ''))
    .map(formatMatcher)
    .sort();
  return (vs.name ?? '') + (shown.length > 0 ? `{${shown.join(',')}}` : '');
}

function matchingText(e: BinaryExpr): string {
  const m = e.matching;
  if (!m) return '';
  const grouped = m.card === 'many-to-one' || m.card === 'one-to-many';
  let out = '';
  if (m.matchingLabels.length > 0 || m.on || grouped) out += ` ${m.on ? 'on' : 'ignoring'} (${labelList(m.matchingLabels)})`;
  if (grouped) out += ` group_${m.card === 'many-to-one' ? 'left' : 'right'} (${labelList(m.include)})`;
  return out;
}

/** PromQL text that parses back to an equal tree. */
export function formatExpr(e: Expr): string {
  switch (e.type) {
    case 'AggregateExpr': {
      let op: string = e.op;
      if (e.without) op += ` without (${labelList(e.grouping)}) `;
      else if (e.grouping.length > 0) op += ` by (${labelList(e.grouping)}) `;
      const param = e.param ? `${formatExpr(e.param)}, ` : '';
      return `${op}(${param}${formatExpr(e.expr)})`;
    }
    case 'BinaryExpr':
      return `${formatExpr(e.lhs)} ${e.op}${e.returnBool ? ' bool' : ''}${matchingText(e)} ${formatExpr(e.rhs)}`;
    case 'Call':
      return `${e.func}(${e.args.map(formatExpr).join(', ')})`;
    case 'MatrixSelector': {
      const vs = e.vectorSelector;
      return `${selectorBody(vs)}[${formatDuration(e.range)}]${atSuffix(vs.at)}${offsetSuffix(vs.offset)}`;
    }
    case 'SubqueryExpr': {
      const step = e.step > 0 ? formatDuration(e.step) : '';
      return `${formatExpr(e.expr)}[${formatDuration(e.range)}:${step}]${atSuffix(e.at)}${offsetSuffix(e.offset)}`;
    }
    case 'NumberLiteral':
      return formatGoFloat(e.val);
    case 'ParenExpr':
      return `(${formatExpr(e.expr)})`;
    case 'StringLiteral':
      return goQuote(e.val);
    case 'UnaryExpr':
      return `${e.op}${formatExpr(e.expr)}`;
    case 'VectorSelector':
      return `${selectorBody(e)}${atSuffix(e.at)}${offsetSuffix(e.offset)}`;
  }
}
