import { createRequire as __pgCreateRequire } from 'node:module';
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
const require = __pgCreateRequire(import.meta.url);
const __pgFilename = __pgFileURLToPath(import.meta.url);
const __pgDirname = __pgFileURLToPath(new URL('.', import.meta.url));
const __pgLhUrl = (rel) => new URL('./lh/' + rel, import.meta.url).href;
const __pgLhPath = (rel) => __pgFileURLToPath(__pgLhUrl(rel));
import{a,b}from"./chunk-YB2AOS5W.js";import"./chunk-XRMZL3AV.js";import"./chunk-VEWV7W32.js";import"./chunk-EYYQ3YW2.js";import"./chunk-A43YM6C4.js";import"./chunk-62KZW7FY.js";import"./chunk-UY3WZ4RP.js";import"./chunk-J25HUQUG.js";import"./chunk-CJKZW6CF.js";export{b as baselineFromFiles,a as readBaselineFile};
