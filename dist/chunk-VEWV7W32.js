import { createRequire as __pgCreateRequire } from 'node:module';
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
const require = __pgCreateRequire(import.meta.url);
const __pgFilename = __pgFileURLToPath(import.meta.url);
const __pgDirname = __pgFileURLToPath(new URL('.', import.meta.url));
const __pgLhUrl = (rel) => new URL('./lh/' + rel, import.meta.url).href;
const __pgLhPath = (rel) => __pgFileURLToPath(__pgLhUrl(rel));
import{a as t}from"./chunk-CJKZW6CF.js";import{readFileSync as o}from"node:fs";function n(r){try{return{ok:!0,text:o(r,"utf8")}}catch(e){return{ok:!1,code:e.code??String(e)}}}t(n,"readTextFile");export{n as a};
