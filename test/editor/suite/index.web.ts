// extensionTestsPath for the browser extension host (@vscode/test-web): mocha's browser build.
import 'mocha/mocha';

declare const mocha: BrowserMocha;
interface BrowserMocha {
  setup(options: { ui: string; reporter?: unknown; timeout: number; color: boolean }): void;
  run(done: (failures: number) => void): void;
}

export function run(): Promise<void> {
  mocha.setup({ ui: 'bdd', reporter: undefined, timeout: 90000, color: false });
  require('./findings.suite');
  require('./fixes.suite');
  require('./web.suite');
  return new Promise((resolve, reject) => mocha.run((failures) => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve())));
}
