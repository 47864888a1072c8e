/** jq's syntax tree for the subset this jq runs. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type JqNode =
  | { kind: 'Identity' }
  | { kind: 'RecurseDefault' }
  | { kind: 'Field'; target: JqNode; name: string; optional: boolean }
  | { kind: 'Index'; target: JqNode; index: JqNode; optional: boolean }
  | { kind: 'Slice'; target: JqNode; from: JqNode | undefined; to: JqNode | undefined; optional: boolean }
  | { kind: 'Iterate'; target: JqNode; optional: boolean }
  | { kind: 'Literal'; value: Json }
  /** A string with `\(…)` interpolations: literal parts alternate with expressions. */
  | { kind: 'Template'; parts: (string | JqNode)[]; format: string | undefined }
  | { kind: 'Format'; name: string }
  | { kind: 'Array'; body: JqNode | undefined }
  | { kind: 'Object'; entries: { key: JqNode; value: JqNode }[] }
  | { kind: 'Pipe'; left: JqNode; right: JqNode }
  | { kind: 'Comma'; left: JqNode; right: JqNode }
  | { kind: 'Binary'; op: string; left: JqNode; right: JqNode }
  | { kind: 'Neg'; operand: JqNode }
  | { kind: 'If'; test: JqNode; then: JqNode; otherwise: JqNode | undefined }
  | { kind: 'Try'; body: JqNode }
  | { kind: 'Call'; name: string; args: JqNode[] };
