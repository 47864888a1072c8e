import type { Command } from '../../types';
import { df, du } from './disk';
import { journalctl } from './journalctl';
import { logrotate } from './logrotate';
import { lsof } from './lsof';
import { ps } from './ps';
import { netstat, ss } from './sockets';
import { free, nproc, uname, uptime } from './system-info';
import { systemctl } from './systemctl';
import { top } from './top';

/** The host tools: services and their journal, processes, memory, disks, sockets and the machine itself. */
export const HOST_COMMANDS: Command[] = [systemctl, journalctl, ps, top, free, df, du, lsof, logrotate, uptime, ss, netstat, nproc, uname];
