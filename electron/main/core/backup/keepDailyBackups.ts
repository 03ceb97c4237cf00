import type { BackupService } from './BackupService.ts';

/** An hour between looks: a laptop left open overnight still gets its backup the next day. */
const CHECK_EVERY_MS = 3_600_000;

/** Backs up now if today's backup is missing, then looks again every hour; returns the stop. */
export function keepDailyBackups(backups: BackupService, onError: (error: unknown) => void): () => void {
  let running = false;
  const look = () => {
    if (running) return;
    running = true;
    backups
      .dailyIfDue()
      .catch(onError)
      .finally(() => (running = false));
  };
  look();
  const timer = setInterval(look, CHECK_EVERY_MS);
  timer.unref?.();
  return () => clearInterval(timer);
}
