import type { FileProvider } from '../../types';

const README = `Welcome, on-call engineer.

This bastion reaches every host of the fleet:

  cat /etc/hosts         the hosts and their addresses
  ssh <host>             log in to one (exit comes back here)
  kubectl get pods       the services' pods, where they run and how they are doing
  /var/log/              service logs on the host that runs them (tail -f to follow)
  /etc/<service>/        a service's configuration, on the hosts that run it
  /proc/                 live memory, load and process figures of the host
  help, man <command>    every command this shell knows

Every command you run is part of the drill's record. Commands that change things ask first.
`;

/** `~/README`: where things are, for a learner who has just logged in. */
export const homeReadme: FileProvider = {
  name: 'home-readme',
  paths: () => ['/home/oncall/README'],
  read: () => README,
};
