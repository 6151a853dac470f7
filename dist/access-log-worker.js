import { createRequire as __pgCreateRequire } from 'node:module';
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
const require = __pgCreateRequire(import.meta.url);
const __pgFilename = __pgFileURLToPath(import.meta.url);
const __pgDirname = __pgFileURLToPath(new URL('.', import.meta.url));
const __pgLhUrl = (rel) => new URL('./lh/' + rel, import.meta.url).href;
const __pgLhPath = (rel) => __pgFileURLToPath(__pgLhUrl(rel));
import{a as o}from"./chunk-DIGGDLB2.js";import"./chunk-N2YMAW3U.js";import"./chunk-2JTM6W57.js";import"./chunk-RZIO7NWT.js";import"./chunk-WYFMXGKN.js";import"./chunk-CJKZW6CF.js";import{parentPort as s,workerData as e}from"node:worker_threads";var{file:t,options:r}=e;s?.postMessage(await o(t,r));
