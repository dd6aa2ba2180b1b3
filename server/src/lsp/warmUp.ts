// The engine runs several times slower until V8 has optimised its code: measured over the
// protocol, the first ~40 checks of a 20 KB report took 3–8 times as long as later ones.
// Checking a few built-in reports while the server is idle after start-up takes that cost
// off the user's first keystrokes. One report per macrotask, so a request that arrives in
// between waits for one small check at most.
import { checkText, renderReport, tableLayouts } from '../engine';

/** Reports of every layout and both versions: the code paths a real report takes. */
function samples(): string[] {
  return [2020, 2025].flatMap((year) => tableLayouts.map((layout) => renderReport({ agency: '示例局', year, layout })));
}

export interface WarmUp {
  stop(): void;
  /** How many reports were checked, once the warm-up has run out or been stopped. */
  finished: Promise<number>;
}

/** Checks the samples `rounds` times over, one per timer tick. */
export function warmUp(rounds = 4): WarmUp {
  const texts = samples();
  const total = texts.length * rounds;
  let next = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let finish: (checked: number) => void = () => {};
  const finished = new Promise<number>((resolve) => (finish = resolve));
  const step = () => {
    if (next >= total) return finish(next);
    checkText(texts[next++ % texts.length]);
    timer = setTimeout(step, 0);
  };
  timer = setTimeout(step, 0);
  return {
    stop: () => {
      clearTimeout(timer);
      finish(next);
    },
    finished,
  };
}
