// Node entry: `node dist/server.js --stdio` or `--node-ipc` (chosen by the command line).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodePriorYear } from './priorYear';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
startServer(connection, { priorYear: nodePriorYear });
