import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

/** A child started in its own process group, so the group can be signalled as one. */
export interface GroupProcess {
  readonly name: string;
  readonly pid: number;
  /** The last lines the process wrote to stdout or stderr, for error messages. */
  logTail(lines?: number): string;
  /** Null while running, else how it ended. */
  exitStatus(): string | null;
  /** Rejects as soon as the process has ended, with its log tail; never resolves. */
  readonly died: Promise<never>;
  /**
   * Signals the whole group and waits until no process of the group is left,
   * zombies included, escalating to SIGKILL after `graceMs`.
   */
  stop(signal: NodeJS.Signals, graceMs?: number): Promise<void>;
}

export interface SpawnOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

const TAIL_LINES = 200;
const NOT_INSTALLED = 'is it installed? (apt: wordpress mariadb-server php-cli php-mysql php-mbstring php-xml php-curl)';
const live = new Set<number>();
const tempDirs = new Set<string>();
let exitHookInstalled = false;

/**
 * If the test process ends without stop() (a crash, a forgotten afterAll, a worker
 * ended early), take the groups and temp dirs with it. Only synchronous work runs here.
 */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const pgid of live) killGroup(pgid, 'SIGKILL');
    for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
  });
}

/** Removes `dir` when the process exits, unless the returned function is called first. */
export function removeOnExit(dir: string): () => void {
  installExitHook();
  tempDirs.add(dir);
  return () => tempDirs.delete(dir);
}

function killGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

/** `detached` makes the child a group leader, so killing `-pid` reaches its workers too. */
export function spawnGroup(name: string, command: string, args: string[], options: SpawnOptions = {}): GroupProcess {
  installExitHook();
  const child: ChildProcess = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) {
    child.once('error', () => undefined); // reported by the throw below instead
    throw new Error(`${name}: could not start ${command}; ${NOT_INSTALLED}`);
  }
  const pid = child.pid;
  live.add(pid);
  const lines: string[] = [];
  const onData = (partial: { rest: string }) => (chunk: Buffer) => {
    const text = partial.rest + chunk.toString('utf8');
    const parts = text.split('\n');
    partial.rest = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      if (lines.length > TAIL_LINES) lines.shift();
      options.log?.(`[${name}] ${line}`);
    }
  };
  child.stdout?.on('data', onData({ rest: '' }));
  child.stderr?.on('data', onData({ rest: '' }));

  let status: string | null = null;
  const logTail = (n = 30) => lines.slice(-n).join('\n');
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      status = signal !== null ? `signal ${signal}` : `exit code ${code}`;
      resolve();
    });
    child.once('error', (error) => {
      status = `spawn error ${error.message}`;
      resolve();
    });
  });
  const died = exited.then(() => {
    throw new Error(`${name} (${command}) ended with ${status}; last output:\n${logTail()}`);
  });
  // `died` is meant to be raced; without a listener an early exit would be an unhandled rejection.
  died.catch(() => undefined);

  return {
    name,
    pid,
    logTail,
    exitStatus: () => status,
    died,
    stop: async (signal, graceMs = 5_000) => {
      killGroup(pid, signal);
      const gone = await waitForGroupGone(pid, graceMs);
      if (!gone) {
        killGroup(pid, 'SIGKILL');
        if (!(await waitForGroupGone(pid, 5_000))) {
          throw new Error(`${name}: process group ${pid} still has members: ${describeGroup(pid)}`);
        }
      }
      await exited;
      live.delete(pid);
    },
  };
}

interface ProcInfo {
  pid: number;
  state: string;
  ppid: number;
  pgid: number;
}

/** Reads /proc/<pid>/stat; the command name may hold spaces or parentheses, so parse after the last ')'. */
function readProc(pid: number): ProcInfo | null {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { pid, state: fields[0] ?? '?', ppid: Number(fields[1]), pgid: Number(fields[2]) };
}

/** Members of a process group, zombies included (a zombie still holds its pid). */
export function groupMembers(pgid: number): ProcInfo[] {
  const members: ProcInfo[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const info = readProc(Number(entry));
    if (info !== null && info.pgid === pgid) members.push(info);
  }
  return members;
}

function describeGroup(pgid: number): string {
  return groupMembers(pgid)
    .map((p) => `${p.pid}(${p.state}, parent ${p.ppid})`)
    .join(', ');
}

async function waitForGroupGone(pgid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (groupMembers(pgid).length === 0) return true;
    await sleep(20);
  }
  return groupMembers(pgid).length === 0;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Polls `check` until it returns a value other than undefined. Fails early when
 * `died` rejects, so a crashed server reports its own log rather than a timeout.
 */
export async function pollUntil<T>(
  what: string,
  check: () => Promise<T | undefined>,
  options: { timeoutMs: number; died?: Promise<never>; intervalMs?: number },
): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  let lastError: unknown;
  const poll = async (): Promise<T> => {
    for (;;) {
      try {
        const value = await check();
        if (value !== undefined) return value;
      } catch (error) {
        lastError = error;
      }
      if (Date.now() > deadline) {
        const reason = lastError instanceof Error ? `: ${lastError.message}` : '';
        throw new Error(`timed out after ${options.timeoutMs} ms waiting for ${what}${reason}`);
      }
      await sleep(options.intervalMs ?? 25);
    }
  };
  return options.died === undefined ? poll() : Promise.race([poll(), options.died]);
}

/** A port the kernel had free a moment ago; callers retry if someone takes it in between. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  input?: string;
  timeoutMs?: number;
}

/**
 * Runs a short-lived command to the end and returns its stdout. It gets its own
 * group too: `mariadb-install-db` is a shell script whose `mariadbd --bootstrap`
 * would outlive a timeout kill of the script alone.
 */
export function runToEnd(command: string, args: string[], options: RunOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      detached: true,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const timeoutMs = options.timeoutMs ?? 60_000;
    const timer = setTimeout(() => {
      if (child.pid !== undefined) killGroup(child.pid, 'SIGKILL');
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`${command}: ${error.message}; ${NOT_INSTALLED}`));
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if (code === 0) return resolve(stdout);
      const how = signal !== null ? `signal ${signal} (timeout ${timeoutMs} ms?)` : `exit code ${code}`;
      const tail = `${stderr}\n${stdout}`.trim().split('\n').slice(-30).join('\n');
      reject(new Error(`${command} ${args.join(' ')} failed with ${how}:\n${tail}`));
    });
    child.stdin.end(options.input ?? '');
  });
}
