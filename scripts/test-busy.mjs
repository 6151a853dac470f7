// The whole suite beside a CPU hog on every core, as on a busy CI machine: tests assert behaviour, not speed, so it
// must pass here too. The hogs end with the suite, on success, failure or a signal.
import { spawn } from 'node:child_process';
import os from 'node:os';

const hogs = os.cpus().map(() => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
const endHogs = () => hogs.forEach((h) => h.kill('SIGKILL'));
const suite = spawn('npm', ['test', '--', ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => suite.kill(signal));
suite.on('exit', (code, signal) => {
  endHogs();
  process.exit(code ?? (signal ? 1 : 0));
});
