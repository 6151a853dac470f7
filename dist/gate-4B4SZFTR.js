import { createRequire as __pgCreateRequire } from 'node:module';
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
const require = __pgCreateRequire(import.meta.url);
const __pgFilename = __pgFileURLToPath(import.meta.url);
const __pgDirname = __pgFileURLToPath(new URL('.', import.meta.url));
const __pgLhUrl = (rel) => new URL('./lh/' + rel, import.meta.url).href;
const __pgLhPath = (rel) => __pgFileURLToPath(__pgLhUrl(rel));
import{b as a}from"./chunk-OFYMQBTF.js";import"./chunk-D2XDNN3T.js";import"./chunk-XMV26CMK.js";import"./chunk-3RABMJV6.js";import"./chunk-UB7UIEDM.js";import"./chunk-KSTGQ7WW.js";import"./chunk-44WFBNQ5.js";import"./chunk-AB3ENU2I.js";import"./chunk-RMRGCNQG.js";import"./chunk-CJKZW6CF.js";export{a as runGate};
