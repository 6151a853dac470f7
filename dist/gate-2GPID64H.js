import { createRequire as __pgCreateRequire } from 'node:module';
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
const require = __pgCreateRequire(import.meta.url);
const __pgFilename = __pgFileURLToPath(import.meta.url);
const __pgDirname = __pgFileURLToPath(new URL('.', import.meta.url));
const __pgLhUrl = (rel) => new URL('./lh/' + rel, import.meta.url).href;
const __pgLhPath = (rel) => __pgFileURLToPath(__pgLhUrl(rel));
import{b as a}from"./chunk-26MD7RBF.js";import"./chunk-URPQPQUT.js";import"./chunk-ILGLK3H6.js";import"./chunk-IN6PPWB3.js";import"./chunk-HV7QYK5W.js";import"./chunk-QGIGFQQY.js";import"./chunk-2TGJSTM7.js";import"./chunk-NFSELXJB.js";import"./chunk-DENIIY7G.js";import"./chunk-TA3GTL7Y.js";import"./chunk-ZBYI2PGI.js";import"./chunk-CPUSEIKY.js";import"./chunk-OTCQNC34.js";import"./chunk-ME6M4KG4.js";import"./chunk-73DWSECL.js";import"./chunk-VEWV7W32.js";import"./chunk-Z3FGZJZM.js";import"./chunk-A43YM6C4.js";import"./chunk-YVUES2SV.js";import"./chunk-UY3WZ4RP.js";import"./chunk-J25HUQUG.js";import"./chunk-7OLNBSXZ.js";import"./chunk-CJKZW6CF.js";export{a as runGate};
