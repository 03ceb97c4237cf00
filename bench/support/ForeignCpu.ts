import fs from 'node:fs';

/** Linux reports process and system CPU in clock ticks; 100 a second on every distribution Node supports. */
const TICKS_PER_SECOND = 100;

interface ProcStat {
  pid: number;
  ppid: number;
  /** Own user + system time plus that of children it has reaped, in ticks. */
  ticks: number;
}

function readProc(pid: string): ProcStat | undefined {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces: split after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const number = (index: number) => Number(fields[index] ?? 0);
    // After the name: state, ppid, … utime is the 14th field overall, i.e. index 11 here.
    return { pid: Number(pid), ppid: number(1), ticks: number(11) + number(12) + number(13) + number(14) };
  } catch {
    return undefined; // gone between listing and reading
  }
}

/** User, nice and system ticks of the whole machine (interrupt time and idle left out). */
function machineTicks(): number {
  const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const [, user, nice, system] = line.trim().split(/\s+/).map(Number);
  return (user ?? 0) + (nice ?? 0) + (system ?? 0);
}

function ownTreeTicks(root: number): number {
  const all = fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(readProc);
  const parentOf = new Map(all.flatMap((stat) => (stat === undefined ? [] : [[stat.pid, stat.ppid] as const])));
  const inTree = (pid: number) => {
    for (let at: number | undefined = pid, depth = 0; at !== undefined && depth < 64; at = parentOf.get(at), depth++) if (at === root) return true;
    return false;
  };
  return all.reduce((sum, stat) => sum + (stat !== undefined && inTree(stat.pid) ? stat.ticks : 0), 0);
}

/**
 * CPU the rest of the machine used while a measurement ran: busy time of all
 * cores minus that of this process and its descendants (the WordPress servers,
 * MariaDB, vitest). On two shared cores a test suite or type check running beside
 * a benchmark is in its figures; this says how much. Linux only (reads /proc);
 * elsewhere it reports nothing.
 */
export class ForeignCpu {
  private readonly start: { machine: number; own: number } | undefined;

  private constructor(start: { machine: number; own: number } | undefined) {
    this.start = start;
  }

  static begin(): ForeignCpu {
    if (!fs.existsSync('/proc/stat')) return new ForeignCpu(undefined);
    return new ForeignCpu({ machine: machineTicks(), own: ownTreeTicks(process.pid) });
  }

  /** Seconds of CPU used by other processes since begin(); undefined where /proc is missing. */
  seconds(): number | undefined {
    if (this.start === undefined) return undefined;
    const machine = machineTicks() - this.start.machine;
    const own = ownTreeTicks(process.pid) - this.start.own;
    return Math.max(0, machine - own) / TICKS_PER_SECOND;
  }
}
