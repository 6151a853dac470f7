// The hook perf-gate preloads into each Node process of the app (NODE_OPTIONS --require) in every measured run: it
// counts the process's outbound HTTP calls through diagnostics_channel, which node:http/https and undici (fetch)
// publish to (Node 18.7+ and 20+; nothing is patched), and keeps running totals per host:port in
// <dir>/node-<pid>.json, written when perf-gate asks (it writes a file in a directory the hook watches: inotify, no
// polling) and every 100 ms while calls flow (where watching fails, 10 ms after each change instead), in place, over
// the last (an open, truncate and close each time costs 200 µs here, a write to the open file 4), `seq` first and
// `end` last so a torn read shows. Written every 10 ms while calls flowed, the totals were a third of the hook's share
// of the app's CPU. A call counts when it starts; its wait ends at the response's headers or its error, and a call
// still waiting counts up to each write, so one that hangs is seen growing. Calls to the app itself (its own port on
// a loopback address) are left out. Whatever fails here, the app runs on.
export const outboundFlushMs = 10;
/** The same where perf-gate asks for the totals when it reads them. */
export const outboundAskedFlushMs = 100;
/** Hosts kept apart a process (the rest sum in one row), and request lines a host. */
export const outboundHostsKept = 50;
const linesKept = 5;

export const nodeOutboundHook = `'use strict';
// Written by perf-gate: counts this process's outbound HTTP calls for its report.
(() => {
  const dir = process.env.PERF_GATE_OUTBOUND_DIR;
  if (!dir) return;
  const askDir = process.env.PERF_GATE_OUTBOUND_ASK;
  try {
    const dc = require('node:diagnostics_channel');
    const fs = require('node:fs');
    const path = require('node:path');
    const own = new Set((process.env.PERF_GATE_OUTBOUND_SELF || '').split(',').filter(Boolean));
    const loopback = /^(127\\.|\\[?::1\\]?$|localhost$)/;
    const hosts = new Map();
    // A call's host and start ride on its request object: no map of open calls to insert into and delete from.
    const kHost = Symbol('perf-gate host');
    const kAt = Symbol('perf-gate start');
    const file = path.join(dir, 'node-' + process.pid + '.json');
    let timer, fd, size = 0, seq = 0, asked = false, waiting = 0;
    const now = () => performance.now();
    const write = () => {
      timer = undefined;
      const t = now();
      const out = {};
      // A call still waiting counts up to now: open × now − the sum of their starts.
      for (const [host, h] of hosts) {
        const requests = {};
        for (const [l, line] of h.requests) requests[l] = line.n;
        out[host] = { calls: h.calls, ms: h.ms + h.open * t - h.openAt, requests };
      }
      seq++;
      let text = Buffer.from(JSON.stringify({ seq, pid: process.pid, hosts: out, end: seq }));
      if (text.length < size) text = Buffer.concat([text, Buffer.alloc(size - text.length, 32)]);
      size = text.length;
      try {
        if (fd === undefined) fd = fs.openSync(file, 'w');
        fs.writeSync(fd, text, 0, text.length, 0);
      } catch {}
      if (waiting > 0) later();
    };
    // Asked for, the totals are also written every ${outboundAskedFlushMs} ms while calls come and go: an event loop busy
    // for longer than a reading waits (a thousand calls a request) still leaves totals that recent.
    const later = () => {
      if (timer === undefined) {
        timer = setTimeout(write, asked ? ${outboundAskedFlushMs} : ${outboundFlushMs});
        timer.unref();
      }
    };
    // What a call's host and request line come to, remembered: the same few are called again and again. Two levels
    // of maps, not one keyed by a joined string: joining and hashing a new string on every call showed in a profile.
    const remembered = (compute) => {
      const seen = new Map();
      return (a, b) => {
        let inner = seen.get(a);
        if (inner === undefined) {
          if (seen.size >= 1000) seen.clear();
          seen.set(a, (inner = new Map()));
        }
        let v = inner.get(b);
        if (v === undefined) {
          if (inner.size >= 1000) inner.clear();
          inner.set(b, (v = compute(a, b)));
        }
        return v;
      };
    };
    const lineOf = remembered((method, p) => (method || 'GET') + ' ' + String(p || '/').split('?')[0].replace(/\\/\\d+(?=\\/|$)/g, '/{id}'));
    const hostOf = remembered((hostname, port) => {
      const name = String(hostname).replace(/^\\[|\\]$/g, '');
      if (own.has(String(port)) && loopback.test(name)) return '';
      return (name.includes(':') ? '[' + name + ']' : name) + ':' + port;
    });
    // undici's origin ("http://127.0.0.1:8500") straight to its host key.
    const originHost = new Map();
    const hostOfOrigin = (origin) => {
      let host = originHost.get(origin);
      if (host === undefined) {
        if (originHost.size >= 1000) originHost.clear();
        const u = new URL(origin);
        originHost.set(origin, (host = hostOf(u.hostname, u.port || (u.protocol === 'https:' ? 443 : 80))));
      }
      return host;
    };
    const start = (r, host, method, p) => {
      if (host === '') return;
      let h = hosts.get(host);
      if (h === undefined) {
        if (hosts.size >= ${outboundHostsKept}) host = 'other hosts';
        h = hosts.get(host);
        if (h === undefined) hosts.set(host, (h = { calls: 0, ms: 0, open: 0, openAt: 0, requests: new Map() }));
      }
      h.calls++;
      const l = lineOf(method, p);
      const line = h.requests.get(l);
      if (line !== undefined) line.n++;
      else if (h.requests.size < ${linesKept}) h.requests.set(l, { n: 1 });
      // A call that neither answers nor fails (destroyed quietly) goes on counting its wait: it is one that hangs.
      const at = now();
      r[kHost] = h;
      r[kAt] = at;
      h.open++;
      h.openAt += at;
      waiting++;
      later();
    };
    const end = (r) => {
      const h = r[kHost];
      if (h === undefined) return;
      r[kHost] = undefined;
      const at = r[kAt];
      h.open--;
      h.openAt -= at;
      h.ms += now() - at;
      waiting--;
      later();
    };
    // node:http's Host header ("127.0.0.1:8500", "[::1]", "api.example") and default port to its host key.
    const hostOfHeader = remembered((hostHeader, defaultPort) => {
      const m = /^(\\[[^\\]]+\\]|[^:]+)(?::(\\d+))?$/.exec(hostHeader);
      return hostOf(m ? m[1] : hostHeader, (m && m[2]) || defaultPort);
    });
    dc.subscribe('http.client.request.start', ({ request: r }) => {
      const hostHeader = String((r.getHeader && r.getHeader('host')) || r.host || '');
      start(r, hostOfHeader(hostHeader, (r.agent && r.agent.defaultPort) || (r.protocol === 'https:' ? 443 : 80)), r.method, r.path);
    });
    dc.subscribe('http.client.response.finish', ({ request: r }) => end(r));
    dc.subscribe('http.client.request.error', ({ request: r }) => end(r));
    dc.subscribe('undici:request:create', ({ request: r }) => {
      start(r, hostOfOrigin(String(r.origin)), r.method, r.path);
    });
    dc.subscribe('undici:request:headers', ({ request: r }) => end(r));
    dc.subscribe('undici:request:error', ({ request: r }) => end(r));
    write();
    process.on('exit', write);
    if (askDir) {
      try {
        fs.watch(askDir, () => write()).unref();
        asked = true;
      } catch {}
    }
  } catch {}
})();
`;
