import { createRequire as __pgCreateRequire } from 'node:module';
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
const require = __pgCreateRequire(import.meta.url);
const __pgFilename = __pgFileURLToPath(import.meta.url);
const __pgDirname = __pgFileURLToPath(new URL('.', import.meta.url));
const __pgLhUrl = (rel) => new URL('./lh/' + rel, import.meta.url).href;
const __pgLhPath = (rel) => __pgFileURLToPath(__pgLhUrl(rel));
import{b as a}from"./chunk-3N5HKCIT.js";import"./chunk-IJF2GMS6.js";import"./chunk-2MRGIHVZ.js";import"./chunk-TA3GTL7Y.js";import"./chunk-FU4GF3EG.js";import"./chunk-LMF24EVG.js";import"./chunk-LW3A6EQW.js";import"./chunk-MZ5NAS3X.js";import"./chunk-WCRR2ZZZ.js";import"./chunk-P7WBOFLK.js";import"./chunk-5ME2K3IH.js";import"./chunk-ZBYI2PGI.js";import"./chunk-A43YM6C4.js";import"./chunk-J25HUQUG.js";import"./chunk-CJKZW6CF.js";export{a as runGate};
