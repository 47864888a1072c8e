/** The awk syntax tree, in the names of the POSIX awk grammar where it has them. */
export type Expr =
  | { kind: 'Number'; value: number }
  | { kind: 'String'; value: string }
  /** A regular expression literal; as a value it means `$0 ~ /re/`. */
  | { kind: 'Regex'; source: string }
  | { kind: 'Field'; index: Expr }
  | { kind: 'Var'; name: string }
  | { kind: 'Index'; name: string; subscripts: Expr[] }
  | { kind: 'Assign'; op: string; target: LValue; value: Expr }
  | { kind: 'Cond'; test: Expr; then: Expr; otherwise: Expr }
  | { kind: 'Binary'; op: string; left: Expr; right: Expr }
  | { kind: 'Unary'; op: string; operand: Expr }
  | { kind: 'Incr'; op: '++' | '--'; prefix: boolean; target: LValue }
  | { kind: 'Call'; name: string; args: Expr[] }
  | { kind: 'In'; subscripts: Expr[]; array: string }
  /** `(a, b)`: only meaningful as print's argument list or before `in`. */
  | { kind: 'Group'; items: Expr[] };

export type LValue = Extract<Expr, { kind: 'Field' | 'Var' | 'Index' }>;

export type Stmt =
  | { kind: 'Print'; printf: boolean; args: Expr[] }
  | { kind: 'Expr'; expr: Expr }
  | { kind: 'If'; test: Expr; then: Stmt; otherwise: Stmt | undefined }
  | { kind: 'While'; test: Expr; body: Stmt }
  | { kind: 'Do'; body: Stmt; test: Expr }
  | { kind: 'For'; init: Expr | undefined; test: Expr | undefined; update: Expr | undefined; body: Stmt }
  | { kind: 'ForIn'; variable: string; array: string; body: Stmt }
  | { kind: 'Block'; body: Stmt[] }
  | { kind: 'Next' }
  | { kind: 'Exit'; code: Expr | undefined }
  | { kind: 'Break' }
  | { kind: 'Continue' }
  | { kind: 'Delete'; name: string; subscripts: Expr[] | undefined };

export type Pattern = { kind: 'Begin' } | { kind: 'End' } | { kind: 'Always' } | { kind: 'Expr'; expr: Expr } | { kind: 'Range'; from: Expr; to: Expr };

/** `pattern { action }`; a missing action prints the record. */
export type Item = { pattern: Pattern; action: Stmt[] | undefined };

export type Program = { items: Item[] };
