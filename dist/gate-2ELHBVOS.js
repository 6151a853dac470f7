import { createRequire as __pgCreateRequire } from 'node:module';
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
const require = __pgCreateRequire(import.meta.url);
const __pgFilename = __pgFileURLToPath(import.meta.url);
const __pgDirname = __pgFileURLToPath(new URL('.', import.meta.url));
const __pgLhUrl = (rel) => new URL('./lh/' + rel, import.meta.url).href;
const __pgLhPath = (rel) => __pgFileURLToPath(__pgLhUrl(rel));
import{b as a}from"./chunk-ZJMEYFPU.js";import"./chunk-CJHROYBA.js";import"./chunk-WK2JQ7NO.js";import"./chunk-3RABMJV6.js";import"./chunk-EKEVFZZN.js";import"./chunk-3SQWXE5V.js";import"./chunk-EAGYA3CX.js";import"./chunk-HR3B6ZDH.js";import"./chunk-3O7HAT6L.js";import"./chunk-CJKZW6CF.js";export{a as runGate};
