import type { FileProvider } from './types';

/** Where the scenario's own monitoring configuration appears on the bastion, as on a Prometheus server. */
const PLACES: Readonly<Record<string, string>> = {
  'rules.yml': '/etc/prometheus/rules.yml',
  'log-rules.yml': '/etc/prometheus/log-rules.yml',
  'alertmanager.yml': '/etc/alertmanager/alertmanager.yml',
};

/** The scenario's rule and Alertmanager files on the bastion, so `promtool check rules` and `cat` find them. */
export const scenarioFilesProvider: FileProvider = {
  name: 'scenario monitoring files',
  paths(host, context) {
    if (host !== 'bastion') return [];
    return Object.entries(PLACES)
      .filter(([name]) => context.scenarioFiles.has(name))
      .map(([, path]) => path);
  },
  read(_host, path, context) {
    const name = Object.entries(PLACES).find(([, p]) => p === path)?.[0];
    return name === undefined ? '' : (context.scenarioFiles.get(name) ?? '');
  },
};
