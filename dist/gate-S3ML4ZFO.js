import { createRequire as __pgCreateRequire } from 'node:module';
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
const require = __pgCreateRequire(import.meta.url);
const __pgFilename = __pgFileURLToPath(import.meta.url);
const __pgDirname = __pgFileURLToPath(new URL('.', import.meta.url));
const __pgLhUrl = (rel) => new URL('./lh/' + rel, import.meta.url).href;
const __pgLhPath = (rel) => __pgFileURLToPath(__pgLhUrl(rel));
import{b as a}from"./chunk-HYTLDFUR.js";import"./chunk-IAYR5PMV.js";import"./chunk-NYZELZ2V.js";import"./chunk-3RABMJV6.js";import"./chunk-GITCHKAO.js";import"./chunk-WNDEKIXL.js";import"./chunk-66XVHUR2.js";import"./chunk-TF5SYFZ3.js";import"./chunk-DV7BXDQ4.js";import"./chunk-CJKZW6CF.js";export{a as runGate};
