import { createRequire as __pgCreateRequire } from 'node:module';
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
const require = __pgCreateRequire(import.meta.url);
const __pgFilename = __pgFileURLToPath(import.meta.url);
const __pgDirname = __pgFileURLToPath(new URL('.', import.meta.url));
const __pgLhUrl = (rel) => new URL('./lh/' + rel, import.meta.url).href;
const __pgLhPath = (rel) => __pgFileURLToPath(__pgLhUrl(rel));
import{b as a}from"./chunk-KM7DDAV4.js";import"./chunk-IILYQQCI.js";import"./chunk-PWT2NHLJ.js";import"./chunk-PVN6NAE4.js";import"./chunk-MFOHSP2E.js";import"./chunk-TA3GTL7Y.js";import"./chunk-XTH7XSFO.js";import"./chunk-NCZBGMEI.js";import"./chunk-QLJDBYSC.js";import"./chunk-VEWV7W32.js";import"./chunk-QFXNCWSA.js";import"./chunk-672OHV3T.js";import"./chunk-P7WBOFLK.js";import"./chunk-5ME2K3IH.js";import"./chunk-ZBYI2PGI.js";import"./chunk-A43YM6C4.js";import"./chunk-J25HUQUG.js";import"./chunk-CJKZW6CF.js";export{a as runGate};
