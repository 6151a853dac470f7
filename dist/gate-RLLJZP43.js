import { createRequire as __pgCreateRequire } from 'node:module';
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
const require = __pgCreateRequire(import.meta.url);
const __pgFilename = __pgFileURLToPath(import.meta.url);
const __pgDirname = __pgFileURLToPath(new URL('.', import.meta.url));
const __pgLhUrl = (rel) => new URL('./lh/' + rel, import.meta.url).href;
const __pgLhPath = (rel) => __pgFileURLToPath(__pgLhUrl(rel));
import{b as a}from"./chunk-KH7S5LA6.js";import"./chunk-URPQPQUT.js";import"./chunk-ILGLK3H6.js";import"./chunk-34FBVPOE.js";import"./chunk-IV5FSRNA.js";import"./chunk-7FZSL4GH.js";import"./chunk-2TGJSTM7.js";import"./chunk-NFSELXJB.js";import"./chunk-IJOSF2WF.js";import"./chunk-TA3GTL7Y.js";import"./chunk-ZBYI2PGI.js";import"./chunk-XRMZL3AV.js";import"./chunk-B7NI5EK6.js";import"./chunk-75K4LP4U.js";import"./chunk-73DWSECL.js";import"./chunk-VEWV7W32.js";import"./chunk-EYYQ3YW2.js";import"./chunk-A43YM6C4.js";import"./chunk-62KZW7FY.js";import"./chunk-UY3WZ4RP.js";import"./chunk-J25HUQUG.js";import"./chunk-7OLNBSXZ.js";import"./chunk-CJKZW6CF.js";export{a as runGate};
