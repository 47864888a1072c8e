import { z } from 'zod';

const absolutePath = z.string().regex(/^\/[^\0]*$/, 'must be an absolute path').refine((p) => !p.split('/').includes('..'), { message: 'must not contain ..' });

/** A file the scenario places on a host's filesystem (`*` for every host). */
const file = z.strictObject({
  host: z.string().min(1),
  path: absolutePath,
  content: z.string(),
});

/** One answer of a scenario command: when its arguments match, what it prints and its exit code. */
const response = z.strictObject({
  /** The arguments as typed after the command name, matched exactly (spaces between words). */
  args: z.string(),
  output: z.string(),
  exit_code: z.int().min(0).max(255).default(0),
});

/** A command the scenario adds by data: fixed answers to fixed arguments, and a default answer. */
const command = z.strictObject({
  name: z.string().regex(/^[a-z][a-z0-9._-]*$/, 'must be a lower-case command name'),
  summary: z.string().min(1),
  usage: z.string().min(1),
  responses: z.array(response).default([]),
  default: z.strictObject({ output: z.string(), exit_code: z.int().min(0).max(255).default(1) }),
});

/** What a scenario adds to the terminal: files and commands, as data (never code). */
export const terminalSchema = z.strictObject({
  files: z.array(file).default([]),
  commands: z.array(command).default([]),
});

export type TerminalSpec = z.output<typeof terminalSchema>;
