# A multi-threaded HTTP server that exits the way a busy Node server can: on SIGTERM its main thread ends at
# once (a zombie in /proc/<pid>/stat) while another thread still holds the listening socket for HOLD_S seconds.
import ctypes, os, signal, socket, threading, time

port = int(os.environ['PORT'])
hold = float(os.environ.get('HOLD_S', '1'))
# Block SIGTERM before any thread starts, so that every thread inherits the mask and the main thread takes it.
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGTERM])
server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(('127.0.0.1', port))
server.listen(128)
server.settimeout(0.05)
stopping = threading.Event()


def serve():
    while not stopping.is_set():
        try:
            conn, _ = server.accept()
        except socket.timeout:
            continue
        with conn:
            conn.settimeout(1)
            try:
                conn.recv(65536)
                conn.sendall(b'HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: close\r\n\r\nok')
            except OSError:
                pass
    time.sleep(hold)
    os._exit(0)


threading.Thread(target=serve).start()
print(f'slow-exit server listening on {port}', flush=True)
signal.sigwait([signal.SIGTERM])
stopping.set()
# End only the main thread: the process lives on as a zombie leader with a live thread and its socket.
ctypes.CDLL(None).pthread_exit(None)
