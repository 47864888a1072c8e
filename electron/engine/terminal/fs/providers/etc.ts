import type { FileProvider } from '../../types';
import { hostIp, knownHosts } from './host-ip';

const OS_RELEASE = `PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
NAME="Debian GNU/Linux"
VERSION_ID="12"
VERSION="12 (bookworm)"
VERSION_CODENAME=bookworm
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`;

/** `/etc/hostname`: the host's own name. */
export const hostnameFile: FileProvider = {
  name: 'etc-hostname',
  paths: () => ['/etc/hostname'],
  read: (host) => `${host}\n`,
};

/** `/etc/os-release`: every host runs Debian 12. */
export const osReleaseFile: FileProvider = {
  name: 'etc-os-release',
  paths: () => ['/etc/os-release'],
  read: () => OS_RELEASE,
};

/** `/etc/hosts`: Debian's loopback lines, then every host of the fleet at its private address. */
export const hostsFile: FileProvider = {
  name: 'etc-hosts',
  paths: () => ['/etc/hosts'],
  read: (host, _path, context) => {
    const fleet = knownHosts(context.world).map((name) => `${hostIp(context.world, name)}\t${name}`);
    return [`127.0.0.1\tlocalhost`, `127.0.1.1\t${host}`, '', '# The following lines are desirable for IPv6 capable hosts', '::1     localhost ip6-localhost ip6-loopback', 'ff02::1 ip6-allnodes', 'ff02::2 ip6-allrouters', '', ...fleet, ''].join('\n');
  },
};
