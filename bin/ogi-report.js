#!/usr/bin/env node
// The `ogi-report` command: the bundled CLI lives in dist/ (built by `npm run build` / prepare).
require('../dist/cli.js');
