import { createRequire as __pgCreateRequire } from 'node:module';
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
const require = __pgCreateRequire(import.meta.url);
const __pgFilename = __pgFileURLToPath(import.meta.url);
const __pgDirname = __pgFileURLToPath(new URL('.', import.meta.url));
const __pgLhUrl = (rel) => new URL('./lh/' + rel, import.meta.url).href;
const __pgLhPath = (rel) => __pgFileURLToPath(__pgLhUrl(rel));
import{b as a}from"./chunk-TTYPO37X.js";import"./chunk-3LN7CITQ.js";import"./chunk-ILGLK3H6.js";import"./chunk-N75TZ4MU.js";import"./chunk-JQJAIEML.js";import"./chunk-ZFKZBDHW.js";import"./chunk-2TGJSTM7.js";import"./chunk-NFSELXJB.js";import"./chunk-N2YMAW3U.js";import"./chunk-TA3GTL7Y.js";import"./chunk-ZBYI2PGI.js";import"./chunk-WTCSGGSA.js";import"./chunk-XNQEGNFC.js";import"./chunk-VU7JJR4H.js";import"./chunk-64DSIHWQ.js";import"./chunk-KQJLQOM5.js";import"./chunk-VEWV7W32.js";import"./chunk-ZUXZPUGD.js";import"./chunk-A43YM6C4.js";import"./chunk-2JTM6W57.js";import"./chunk-RZIO7NWT.js";import"./chunk-WYFMXGKN.js";import"./chunk-7OLNBSXZ.js";import"./chunk-CJKZW6CF.js";export{a as runGate};
