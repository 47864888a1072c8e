/** One login on one host: its working directory and variables. */
export type Login = { host: string; cwd: string; vars: Map<string, string> };

/** The stack of logins a session has: the start host at the bottom, each `ssh` on top of the last. */
export class Logins {
  private readonly stack: Login[];

  constructor(
    readonly user: string,
    readonly home: string,
    startHost: string,
  ) {
    this.stack = [this.login(startHost)];
  }

  get current(): Login {
    return this.stack[this.stack.length - 1]!;
  }

  get depth(): number {
    return this.stack.length;
  }

  push(host: string): void {
    this.stack.push(this.login(host));
  }

  /** Leaves the current host; false at the bottom of the stack, which stays. */
  pop(): boolean {
    if (this.stack.length === 1) return false;
    this.stack.pop();
    return true;
  }

  /** Drops every login above `depth` (after `ssh host cmd`, however the command ended). */
  truncate(depth: number): void {
    this.stack.length = Math.max(1, Math.min(this.stack.length, depth));
  }

  chdir(path: string): void {
    const login = this.current;
    login.vars.set('OLDPWD', login.cwd);
    login.vars.set('PWD', path);
    login.cwd = path;
  }

  /** `user@host:cwd$ `, with `~` for the home directory. */
  prompt(): string {
    const { host, cwd } = this.current;
    const shown = cwd === this.home ? '~' : cwd.startsWith(`${this.home}/`) ? `~${cwd.slice(this.home.length)}` : cwd;
    return `${this.user}@${host}:${shown}$ `;
  }

  /** A fresh login environment, as sshd and bash's profile set it on Debian. */
  private login(host: string): Login {
    const vars = new Map([
      ['HOME', this.home],
      ['LANG', 'C.UTF-8'],
      ['LOGNAME', this.user],
      ['PATH', '/usr/local/bin:/usr/bin:/bin'],
      ['PWD', this.home],
      ['SHELL', '/bin/bash'],
      ['TERM', 'xterm-256color'],
      ['USER', this.user],
    ]);
    return { host, cwd: this.home, vars };
  }
}
