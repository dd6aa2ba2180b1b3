// Entry of dist/cli.js (the `ogi-report` command).
import * as os from 'node:os';
import * as path from 'node:path';
import { version } from '../../../package.json';
import { run } from './run';

function write(stream: NodeJS.WriteStream, text: string): void {
  stream.write(text);
}

// `ogi-report check … | head`: a reader that stops early is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

run(process.argv.slice(2), {
  stdout: (t) => write(process.stdout, t),
  stderr: (t) => write(process.stderr, t),
  cwd: process.cwd(),
  cpus: os.availableParallelism(),
  version,
  workerPath: path.join(__dirname, 'cli-worker.js'),
}).then(
  (code) => {
    // Let piped output drain before exiting.
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ogi-report: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
