/** The two IPC channels the desktop shell uses: one for requests, one for pushed events. */
export const INVOKE_CHANNEL = 'firedrill:invoke';
export const EVENT_CHANNEL = 'firedrill:event';
