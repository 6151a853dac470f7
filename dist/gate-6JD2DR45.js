import { createRequire as __pgCreateRequire } from 'node:module';
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
const require = __pgCreateRequire(import.meta.url);
const __pgFilename = __pgFileURLToPath(import.meta.url);
const __pgDirname = __pgFileURLToPath(new URL('.', import.meta.url));
const __pgLhUrl = (rel) => new URL('./lh/' + rel, import.meta.url).href;
const __pgLhPath = (rel) => __pgFileURLToPath(__pgLhUrl(rel));
import{b as a}from"./chunk-UZAHCHSC.js";import"./chunk-ULBQQSJT.js";import"./chunk-J2ZPRPTW.js";import"./chunk-3RABMJV6.js";import"./chunk-2BJIOLTX.js";import"./chunk-DCLOPQT7.js";import"./chunk-HAGN62SM.js";import"./chunk-PIPSOJ4J.js";import"./chunk-BSAYTBHP.js";import"./chunk-CJKZW6CF.js";export{a as runGate};
