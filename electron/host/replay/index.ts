export { listAttempts } from './attempt-list';
export { admitDuringReplay } from './guard';
export { closeReplay, noReplay, openReplay } from './replay-control';
export type { ReplayState } from './replay-control';
export { ReplaySession } from './replay-session';
