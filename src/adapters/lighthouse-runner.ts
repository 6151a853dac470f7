// Lighthouse itself. In dist/ it is bundled with its worker entry into lighthouse-worker.js (see lighthouse-client).
import lighthouse, { desktopConfig } from 'lighthouse';

export interface AuditSettings {
  port: number;
  preset: 'mobile' | 'desktop';
  throttling: 'simulate' | 'devtools' | 'provided';
  categories: string[];
  headers: Record<string, string>;
}

export interface AuditOutput {
  /** The Lighthouse result, as Lighthouse writes it. */
  lhr: Record<string, unknown> & { runtimeError?: { code: string; message: string } };
  json: string;
  html: string;
}

export async function runLighthouse(url: string, s: AuditSettings): Promise<AuditOutput> {
  const result = await lighthouse(
    url,
    {
      port: s.port,
      output: ['json', 'html'],
      logLevel: 'error',
      onlyCategories: s.categories,
      throttlingMethod: s.throttling,
      extraHeaders: s.headers,
    },
    s.preset === 'desktop' ? desktopConfig : undefined,
  );
  if (!result) throw new Error('Lighthouse returned no result');
  const [json = '', html = ''] = Array.isArray(result.report) ? result.report : [result.report];
  return { lhr: result.lhr as unknown as AuditOutput['lhr'], json, html };
}
