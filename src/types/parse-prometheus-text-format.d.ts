// The package ships no types; this is the shape its parser returns (values as strings, as written).
declare module 'parse-prometheus-text-format' {
  interface ParsedSeries {
    labels?: Record<string, string>;
    value?: string;
    count?: string;
    sum?: string;
  }
  interface ParsedFamily {
    name: string;
    help: string;
    type: 'COUNTER' | 'GAUGE' | 'HISTOGRAM' | 'SUMMARY' | 'UNTYPED';
    metrics: ParsedSeries[];
  }
  export default function parsePrometheusTextFormat(text: string): ParsedFamily[];
}
