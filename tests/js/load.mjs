// Loads pkg/ exactly as a user of the package would, from Node.
import { readFileSync } from 'node:fs';
import * as jianxi from '../../pkg/jianxi.js';

jianxi.initSync({ module: readFileSync(new URL('../../pkg/jianxi_bg.wasm', import.meta.url)) });
export default jianxi;
