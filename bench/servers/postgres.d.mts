export interface Postgres {
  port: number;
  /** A connection URL for a database of the cluster, made on first use. */
  url(database: string): string;
  stop(): void;
}
export function startPostgres(): Promise<Postgres>;
