import { hostIp } from '../../../fs/providers/host-ip';
import type { DatastoreState, World } from '../../../../sim/world';

/** Where a psql session landed: the store and whether it is on the primary or the replica. */
export type Session = { store: DatastoreState; role: 'primary' | 'replica'; database: string; user: string; host: string };

export type ConnectOptions = { host?: string; port: string; user: string; database?: string; shellHost: string };

const refusedHint = '\n\tIs the server running on that host and accepting TCP/IP connections?';

/** The database a store serves (its spec's, else the store's name without a `-db` suffix). */
export function databaseOf(store: DatastoreState): string {
  return store.spec.database ?? store.spec.name.replace(/-db$/, '');
}

/**
 * Connects as libpq would: `-h` names a store (its service name follows the primary, as a Patroni VIP does),
 * a host or an address; without one, the local socket of the shell's host. A string is psql's error.
 */
export function connect(world: World, o: ConnectOptions): Session | string {
  const stores = [...world.datastores.values()];
  let store: DatastoreState | undefined;
  let role: Session['role'] = 'primary';
  let server: string;
  if (o.host === undefined) {
    store = stores.find((s) => s.primaryHost === o.shellHost) ?? stores.find((s) => s.replicaHost === o.shellHost);
    if (!store) return `psql: error: connection to server on socket "/var/run/postgresql/.s.PGSQL.${o.port}" failed: No such file or directory\n\tIs the server running locally and accepting connections on that socket?`;
    role = store.primaryHost === o.shellHost ? 'primary' : 'replica';
    server = `on socket "/var/run/postgresql/.s.PGSQL.${o.port}"`;
  } else {
    const byName = world.datastores.get(o.host);
    const hostName = byName?.primaryHost ?? [...world.hosts.keys()].find((h) => h === o.host || hostIp(world, h) === o.host);
    if (hostName === undefined) return `psql: error: could not translate host name "${o.host}" to address: Name or service not known`;
    server = `at "${o.host}" (${hostIp(world, hostName)}), port ${o.port}`;
    store = stores.find((s) => s.primaryHost === hostName) ?? stores.find((s) => s.replicaHost === hostName);
    if (!store || o.port !== '5432') return `psql: error: connection to server ${server} failed: Connection refused${refusedHint}`;
    role = store.primaryHost === hostName ? 'primary' : 'replica';
  }
  // A down primary refuses; a replica keeps serving reads.
  if (role === 'primary' && !store.up) return `psql: error: connection to server ${server} failed: Connection refused${refusedHint}`;
  if (role === 'primary' && store.refusedConnections > 0) return `psql: error: connection to server ${server} failed: FATAL:  sorry, too many clients already`;
  // The bastion's profile points psql at the application database (PGDATABASE) unless -d says otherwise.
  const database = o.database ?? databaseOf(store);
  if (database !== 'postgres' && database !== databaseOf(store)) return `psql: error: connection to server ${server} failed: FATAL:  database "${database}" does not exist`;
  return { store, role, database, user: o.user, host: role === 'primary' ? store.primaryHost : store.replicaHost! };
}
