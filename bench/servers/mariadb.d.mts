export interface Mariadb {
  port: number;
  /** Runs SQL as root over the socket; its output. */
  sql(statement: string, database?: string): string;
  /** A schema and a user of its own for it: mysql://<schema>_app:app-pw@127.0.0.1:port/schema. */
  url(schema: string, options?: { grant?: boolean }): string;
  stop(): void;
}
export function startMariadb(options?: { performanceSchema?: boolean }): Promise<Mariadb>;
