export interface Redis {
  port: number;
  /** redis://[:password@]127.0.0.1:port */
  url: string;
  /** Ends it and starts it again on the same port, its counters from zero. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}
export function startRedis(options?: { password?: string }): Promise<Redis>;
