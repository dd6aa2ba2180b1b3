import { readFileSync } from 'node:fs';
import { checkText } from '/work/main/server/src/engine';
const t = readFileSync('/work/shared/seeds/000_3ec79e02cf78507f.txt', 'utf8');
for (let i = 0; i < 2000; i++) checkText(t);
