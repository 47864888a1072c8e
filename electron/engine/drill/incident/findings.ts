import { checkDeploys, checkLogs } from './findings-changes';
import { checkDatabase } from './findings-database';
import { checkHosts } from './findings-hosts';
import { checkService } from './findings-service';
import { operate } from './findings-operations';
import { postUpdate } from './findings-update';
import type { PerformInput, TaskReport } from './ports';

/**
 * A teammate's work on the simulated world at the moment it ends: the queries a real engineer would run, and
 * a finding that states what they returned (a healthy thing is reported healthy).
 */
export function performFinding(input: PerformInput): TaskReport {
  const { task, probe } = input;
  switch (task.kind) {
    case 'check-service':
      return checkService(probe, task.target);
    case 'check-database':
      return checkDatabase(probe, task.target);
    case 'check-hosts':
      return checkHosts(probe, task.target);
    case 'check-logs':
      return checkLogs(probe, task.target);
    case 'check-deploys':
      return checkDeploys(probe, task.target);
    case 'rollback':
    case 'restart':
      return operate(probe, task.kind, task.target);
    case 'post-update':
      return postUpdate(input);
    case 'unclear':
      return { text: 'I was not sure what you wanted me to look at — tell me what to check and I will.', queries: [] };
  }
}
