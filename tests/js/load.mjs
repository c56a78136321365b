// Loads pkg/ exactly as a user of the package would, from Node: the engine, then the
// served policy data (the .wasm carries none of its own).
import { readFileSync, readdirSync } from 'node:fs';
import * as jianxi from '../../pkg/jianxi.js';

/** The ids of the jurisdictions in policies/ (one file each, named by its id), sorted: tests
 *  take them from here, so a new jurisdiction needs no test edit. */
export const policyIds = readdirSync(new URL('../../policies/', import.meta.url)).filter((f) => f.endsWith('.toml')).map((f) => f.slice(0, -5)).sort();

/** The served data files, as the pages fetch them. */
export const dataFile = (name = 'policies.json') => JSON.parse(readFileSync(new URL(`../../www/data/${name}`, import.meta.url), 'utf8'));

/** Loads the built-in data into a module (whole or youth), replacing whatever it held. */
export const loadData = (m, name = 'policies.json') => m.loadPolicies(dataFile(name), { mode: 'replace' });

jianxi.initSync({ module: readFileSync(new URL('../../pkg/jianxi_bg.wasm', import.meta.url)) });
loadData(jianxi);
export default jianxi;
