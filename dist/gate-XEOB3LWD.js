import { createRequire as __pgCreateRequire } from 'node:module';
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
const require = __pgCreateRequire(import.meta.url);
const __pgFilename = __pgFileURLToPath(import.meta.url);
const __pgDirname = __pgFileURLToPath(new URL('.', import.meta.url));
const __pgLhUrl = (rel) => new URL('./lh/' + rel, import.meta.url).href;
const __pgLhPath = (rel) => __pgFileURLToPath(__pgLhUrl(rel));
import{b as a}from"./chunk-ZPUCTBYN.js";import"./chunk-6UWD6TN6.js";import"./chunk-ILGLK3H6.js";import"./chunk-R75B2FNK.js";import"./chunk-UGMBF2UQ.js";import"./chunk-WK6WNEYM.js";import"./chunk-2TGJSTM7.js";import"./chunk-NFSELXJB.js";import"./chunk-3FIYIM6I.js";import"./chunk-TA3GTL7Y.js";import"./chunk-ZBYI2PGI.js";import"./chunk-U4TB7J3U.js";import"./chunk-UFQNYAHX.js";import"./chunk-VKNPFBSN.js";import"./chunk-FA7G4EFF.js";import"./chunk-VEWV7W32.js";import"./chunk-POCJVKI4.js";import"./chunk-A43YM6C4.js";import"./chunk-FQE3HNU7.js";import"./chunk-6252OAHX.js";import"./chunk-QWSKCVSF.js";import"./chunk-7OLNBSXZ.js";import"./chunk-CJKZW6CF.js";export{a as runGate};
