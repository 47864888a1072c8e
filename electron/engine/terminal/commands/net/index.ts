import type { Command } from '../../types';
import { curl } from './curl';
import { dig, nslookup } from './dig';
import { openssl } from './openssl';
import { ping } from './ping';

/** The network tools: HTTP, ICMP, DNS and TLS against the simulated cluster. */
export const NET_COMMANDS: Command[] = [curl, ping, dig, nslookup, openssl];
