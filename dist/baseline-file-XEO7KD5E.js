import { createRequire as __pgCreateRequire } from 'node:module';
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
const require = __pgCreateRequire(import.meta.url);
const __pgFilename = __pgFileURLToPath(import.meta.url);
const __pgDirname = __pgFileURLToPath(new URL('.', import.meta.url));
const __pgLhUrl = (rel) => new URL('./lh/' + rel, import.meta.url).href;
const __pgLhPath = (rel) => __pgFileURLToPath(__pgLhUrl(rel));
import{a,b}from"./chunk-TYXIM2BM.js";import"./chunk-WTCSGGSA.js";import"./chunk-XNQEGNFC.js";import"./chunk-VEWV7W32.js";import"./chunk-ZUXZPUGD.js";import"./chunk-A43YM6C4.js";import"./chunk-2JTM6W57.js";import"./chunk-RZIO7NWT.js";import"./chunk-WYFMXGKN.js";import"./chunk-CJKZW6CF.js";export{b as baselineFromFiles,a as readBaselineFile};
