import type { FileProvider } from '../../types';
import { DNS_SERVER, searchList } from './network';

/** `/etc/resolv.conf` as the resolver reads it: kube-dns, the search list, ndots:5. */
export const resolvConfFile: FileProvider = {
  name: 'etc-resolv-conf',
  paths: () => ['/etc/resolv.conf'],
  read: (_host, _path, context) => `search ${searchList(context.world).join(' ')}\nnameserver ${DNS_SERVER}\noptions ndots:5\n`,
};
