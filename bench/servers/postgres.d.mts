export interface Postgres {
  port: number;
  /** A connection URL for a database of the cluster, made on first use. */
  url(database: string): string;
  /** Runs one SQL statement in a database of the cluster, as the postgres superuser. */
  sql(database: string, statement: string): void;
  stop(): void;
}
export function startPostgres(options?: { preload?: boolean; password?: string }): Promise<Postgres>;
