// The hook perf-gate puts into each Python process of the app (a sitecustomize on PYTHONPATH, which then runs the one
// it shadows) in every measured run: it wraps http.client's HTTPConnection, under urllib, requests/urllib3 and most
// clients, and httpx's transports once the app imports httpx, and keeps running totals per host:port in
// <dir>/py-<pid>.json, written in place by a thread a few ms after a change, as in Node (a forked worker starts its
// own). As in Node: a call counts when it starts, its wait ends at the response's headers or an error, a call still
// waiting counts up to each write; calls to the app's own port on loopback are left out.
import { outboundFlushMs, outboundHostsKept } from './outbound-node-hook.js';
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

    def reset():
        st.update(pid=os.getpid(), hosts={}, open={}, lock=threading.Lock(), wake=threading.Event(), thread=None, fd=None, seq=0, size=0)

    def write():
        now = time.monotonic()
        with st['lock']:
            out = dict((h, {'calls': v[0], 'ms': v[1], 'requests': dict(v[2])}) for h, v in st['hosts'].items())
            for host, at in st['open'].values():
                out[host]['ms'] += (now - at) * 1000
            waiting = bool(st['open'])
        st['seq'] += 1
        data = json.dumps({'seq': st['seq'], 'pid': st['pid'], 'hosts': out, 'end': st['seq']}).encode()
        data += b' ' * max(0, st['size'] - len(data))
        st['size'] = len(data)
        if st['fd'] is None:
            st['fd'] = os.open(os.path.join(out_dir, 'py-%d.json' % st['pid']), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.pwrite(st['fd'], data, 0)
        return waiting

    def loop():
        waiting = False
        while True:
            if not waiting:
                st['wake'].wait()
            time.sleep(${outboundFlushMs / 1000})
            st['wake'].clear()
            try:
                waiting = write()
            except Exception:
                return

    def changed():
        if st['thread'] is None:
            st['thread'] = threading.Thread(target=loop, name='perf-gate-outbound', daemon=True)
            st['thread'].start()
        if not st['wake'].is_set():
            st['wake'].set()

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

    def start(call, host, port, method, url):
        key = key_of(str(host), port)
        if not key:
            return
        line = line_of(method, url)
        with st['lock']:
            hosts = st['hosts']
            if key not in hosts and len(hosts) >= ${outboundHostsKept}:
                key = 'other hosts'
            h = hosts.setdefault(key, [0, 0.0, {}])
            h[0] += 1
            if line in h[2] or len(h[2]) < 5:
                h[2][line] = h[2].get(line, 0) + 1
            st['open'][id(call)] = (key, time.monotonic())
        changed()

    def end(call):
        # Most ends find nothing open (a new request's, a close after the response): no lock for those.
        if id(call) not in st['open']:
            return
        with st['lock']:
            opened = st['open'].pop(id(call), None)
            if opened is not None:
                st['hosts'][opened[0]][1] += (time.monotonic() - opened[1]) * 1000
        if opened is not None:
            changed()

    base = http.client.HTTPConnection
    putrequest, endheaders, getresponse, close = base.putrequest, base.endheaders, base.getresponse, base.close

    def p_putrequest(self, method, url, *a, **k):
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
            end(self)
            raise

    def p_getresponse(self, *a, **k):
        try:
            return getresponse(self, *a, **k)
        finally:
            end(self)

    def p_close(self, *a, **k):
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
