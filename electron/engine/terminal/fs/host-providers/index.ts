import type { FileProvider } from '../../types';
import { logFiles } from './log-files';
import { procFiles } from './proc-files';

/** Files generated on each host from world state and the log stream: /proc and /var/log. */
export const HOST_FILE_PROVIDERS: FileProvider[] = [procFiles, logFiles];
