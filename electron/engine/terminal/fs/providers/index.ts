import type { FileProvider } from '../../types';
import { hostnameFile, hostsFile, osReleaseFile } from './etc';
import { homeReadme } from './home';
import { serviceConfigFiles } from './service-config';

export { BASTION, hostIp, knownHosts } from './host-ip';

/** The files every host has (more providers, for /proc and /var/log, are merged in beside these). */
export const FILE_PROVIDERS: readonly FileProvider[] = [hostnameFile, hostsFile, osReleaseFile, serviceConfigFiles, homeReadme];
