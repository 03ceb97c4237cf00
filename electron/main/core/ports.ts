/** Small interfaces the core services take instead of Electron or globals, so tests can freeze them. */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
}

export interface IdGenerator {
  newId(): string;
}

export const systemClock: Clock = { now: () => Date.now() };
