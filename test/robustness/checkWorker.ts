// Checks one text off the test's thread, so that a check that never ends can be stopped: a test
// timeout cannot interrupt synchronous code (a quadratic path once ran 47 s under a 20 s timeout).
import { parentPort, workerData } from 'node:worker_threads';
import { checkText } from '../../server/src/engine';
import { invariantProblems } from './invariants';

const text: string = workerData.text;
parentPort!.postMessage(invariantProblems(text, checkText(text)));
