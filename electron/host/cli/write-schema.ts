import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { scenarioJsonSchema } from '../../engine/scenario';
import { bundledScenariosDir } from './paths';

/** `npm run schema`: regenerates scenarios/scenario.schema.json from the zod schema. */
const target = resolve(bundledScenariosDir(), 'scenario.schema.json');
writeFileSync(target, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${target}\n`);
