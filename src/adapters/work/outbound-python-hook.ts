// The hook perf-gate puts into each Python process of the app (a sitecustomize on PYTHONPATH, which then runs the one
// it shadows) in every measured run: it wraps http.client's HTTPConnection, under urllib, requests/urllib3 and most
// clients, and httpx's transports once the app imports httpx, and keeps running totals per host:port in
// <dir>/py-<pid>.json, written in place by the app's own threads at most every 10 ms as calls come and go (a forked
// worker starts its own). As in Node: a call counts when it starts, its wait ends at the response's headers or an
// error, a call still waiting counts up to each write; calls to the app's own port on loopback are left out.
import { outboundFlushMs, outboundHostsKept } from './outbound-node-hook.js';

// How often the hook's own thread looks for totals the app's threads left unwritten.
export const outboundIdleFlushMs = 100;
import { pythonSiteChain } from '../app/python-site-chain.js';

export const pythonOutboundHook = `# Written by perf-gate: counts this process's outbound HTTP calls for its report.
import os, sys

def _perf_gate_outbound():
    out_dir = os.environ.get('PERF_GATE_OUTBOUND_DIR')
    if not out_dir:
        return
    import http.client, json, re, threading, time
    own = set(p for p in os.environ.get('PERF_GATE_OUTBOUND_SELF', '').split(',') if p)
    loopback = re.compile(r'^(127\\.|::1$|localhost$)')
    ids = re.compile(r'/\\d+(?=/|$)')
    st = {}

    mono = time.monotonic

    def reset():
        st.update(pid=os.getpid(), hosts={}, open={}, lock=threading.Lock(), wlock=threading.Lock(), thread=None, fd=None, seq=0, size=0, written=0.0, changed=0.0)

    # The totals as of now, copied under the lock; serialised and written outside it, by one writer at a time.
    def write():
        with st['lock']:
            now = mono()
            st['seq'] += 1
            seq = st['seq']
            st['written'] = now
            out = dict((h, {'calls': v[0], 'ms': v[1], 'requests': dict(v[2])}) for h, v in st['hosts'].items())
            for host, at in st['open'].values():
                out[host]['ms'] += (now - at) * 1000
        data = json.dumps({'seq': seq, 'pid': st['pid'], 'hosts': out, 'end': seq}).encode()
        data += b' ' * max(0, st['size'] - len(data))
        st['size'] = len(data)
        if st['fd'] is None:
            st['fd'] = os.open(os.path.join(out_dir, 'py-%d.json' % st['pid']), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.pwrite(st['fd'], data, 0)

    def write_once():
        if st['wlock'].acquire(False):
            try:
                write()
            finally:
                st['wlock'].release()

    # While calls come and go the app's own threads write, at most every ${outboundFlushMs} ms: a thread of ours woken a
    # hundred times a second cost the app 3-5 % of its rate under load (its GIL hand-offs). This one only catches
    # what the app's threads left unwritten (the last change before a pause, a call that hangs), ten times a second.
    def loop():
        while True:
            time.sleep(${outboundIdleFlushMs / 1000})
            if (st['open'] or st['changed'] > st['written']) and mono() - st['written'] >= ${outboundFlushMs / 1000}:
                try:
                    write_once()
                except Exception:
                    return

    def changed():
        now = mono()
        st['changed'] = now
        if now - st['written'] >= ${outboundFlushMs / 1000}:
            try:
                write_once()
            except Exception:
                pass
        if st['thread'] is None:
            st['thread'] = threading.Thread(target=loop, name='perf-gate-outbound', daemon=True)
            st['thread'].start()

    # What a call's host and request line come to, remembered: the same few are called again and again.
    keys, lines = {}, {}

    def key_of(host, port):
        k = keys.get((host, port))
        if k is None:
            if len(keys) >= 1000:
                keys.clear()
            own_call = str(port) in own and loopback.match(host)
            k = keys[(host, port)] = '' if own_call else ('[%s]' % host if ':' in host else host) + ':%s' % port
        return k

    def line_of(method, url):
        k = lines.get((method, url))
        if k is None:
            if len(lines) >= 1000:
                lines.clear()
            path = url.split('://', 1)[-1].split('/', 1)[-1] if '://' in url else url.lstrip('/')
            k = lines[(method, url)] = '%s %s' % (method, ids.sub('/{id}', '/' + path.split('?', 1)[0]))
        return k

    # The hot path is a few dictionary lookups: on this kind of machine each Python call made here showed in the app's
    # CPU per request.
    def start(call, host, port, method, url):
        key = keys.get((host, port))
        if key is None:
            key = key_of(str(host), port)
        if not key:
            return
        line = lines.get((method, url)) or line_of(method, url)
        with st['lock']:
            hosts = st['hosts']
            if key not in hosts and len(hosts) >= ${outboundHostsKept}:
                key = 'other hosts'
            h = hosts.setdefault(key, [0, 0.0, {}])
            h[0] += 1
            if line in h[2] or len(h[2]) < 5:
                h[2][line] = h[2].get(line, 0) + 1
            st['open'][id(call)] = (key, mono())
        changed()

    # Called where the call is open (its caller looks first: most closes come after the response has ended it).
    def end(call):
        with st['lock']:
            opened = st['open'].pop(id(call), None)
            if opened is not None:
                st['hosts'][opened[0]][1] += (mono() - opened[1]) * 1000
        if opened is not None:
            changed()

    base = http.client.HTTPConnection
    putrequest, endheaders, getresponse, close = base.putrequest, base.endheaders, base.getresponse, base.close

    def p_putrequest(self, method, url, *a, **k):
        if id(self) in st['open']:
            end(self)
        try:
            start(self, self.host, self.port or self.default_port, method, url)
        except Exception:
            pass
        return putrequest(self, method, url, *a, **k)

    def p_endheaders(self, *a, **k):
        try:
            return endheaders(self, *a, **k)
        except BaseException:
            if id(self) in st['open']:
                end(self)
            raise

    def p_getresponse(self, *a, **k):
        try:
            return getresponse(self, *a, **k)
        finally:
            if id(self) in st['open']:
                end(self)

    def p_close(self, *a, **k):
        if id(self) in st['open']:
            end(self)
        return close(self, *a, **k)

    base.putrequest, base.endheaders, base.getresponse, base.close = p_putrequest, p_endheaders, p_getresponse, p_close

    # httpx has its own connections (httpcore): its transports are wrapped once it is imported, if it ever is.
    def start_httpx(request):
        try:
            u = request.url
            start(request, u.host, u.port or (443 if u.scheme == 'https' else 80), request.method, u.raw_path.decode('ascii', 'replace'))
        except Exception:
            pass

    def patch_httpx(module):
        sync, asynchronous = module.HTTPTransport.handle_request, module.AsyncHTTPTransport.handle_async_request

        def handle_request(self, request):
            start_httpx(request)
            try:
                return sync(self, request)
            finally:
                end(request)

        async def handle_async_request(self, request):
            start_httpx(request)
            try:
                return await asynchronous(self, request)
            finally:
                end(request)

        module.HTTPTransport.handle_request = handle_request
        module.AsyncHTTPTransport.handle_async_request = handle_async_request

    class HttpxFinder:
        def find_spec(self, name, path=None, target=None):
            if name != 'httpx':
                return None
            import importlib.util
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(name)
            if spec is None or spec.loader is None or not hasattr(spec.loader, 'exec_module'):
                return spec
            run = spec.loader.exec_module

            def exec_module(module):
                run(module)
                try:
                    patch_httpx(module)
                except Exception:
                    pass

            spec.loader.exec_module = exec_module
            return spec

    if 'httpx' in sys.modules:
        patch_httpx(sys.modules['httpx'])
    else:
        sys.meta_path.insert(0, HttpxFinder())
    reset()
    write()
    os.register_at_fork(after_in_child=lambda: (reset(), write()))

try:
    _perf_gate_outbound()
except Exception:
    pass
${pythonSiteChain('outbound')}`;
