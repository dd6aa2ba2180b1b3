// extensionTestsPath for the Node extension host (code-server, test-electron): runs the suites.
import Mocha from 'mocha';

const suites = ['findings', 'fixes', 'commands'] as const;

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 90000, color: false });
  mocha.suite.emit('pre-require', globalThis, 'editor-tests', mocha);
  // The suites are bundled into this file; requiring them registers their describe() blocks.
  for (const s of suites) loaders[s]();
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}

const loaders: Record<(typeof suites)[number], () => unknown> = {
  findings: () => require('./findings.suite'),
  fixes: () => require('./fixes.suite'),
  commands: () => require('./commands.suite'),
};
