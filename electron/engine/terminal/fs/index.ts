export { createHostFs } from './host-fs';
export type { HostFs } from './host-fs';
export { baseName, isWithin, normalizePath, parentOf, resolvePath } from './path';
export { FS_ERROR_TEXT } from './errors';
export { BASTION, FILE_PROVIDERS, hostIp, knownHosts } from './providers';
