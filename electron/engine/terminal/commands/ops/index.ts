import type { Command } from '../../types';
import { deploy } from './deploy';
import { flagsTool } from './flags';
import { promtool } from './promtool/promtool';
import { psql } from './psql/psql';
import { redisCli } from './redis-cli';

/** The operations tools: database and cache clients, the CD and feature-flag CLIs, and promtool. */
export const OPS_COMMANDS: Command[] = [psql, redisCli, deploy, flagsTool, promtool];
