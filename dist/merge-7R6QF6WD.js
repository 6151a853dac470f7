import { createRequire as __pgCreateRequire } from 'node:module';
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
const require = __pgCreateRequire(import.meta.url);
const __pgFilename = __pgFileURLToPath(import.meta.url);
const __pgDirname = __pgFileURLToPath(new URL('.', import.meta.url));
const __pgLhUrl = (rel) => new URL('./lh/' + rel, import.meta.url).href;
const __pgLhPath = (rel) => __pgFileURLToPath(__pgLhUrl(rel));
import{a,b,c,d}from"./chunk-2HYU7TR5.js";import"./chunk-VU7JJR4H.js";import"./chunk-64DSIHWQ.js";import"./chunk-KQJLQOM5.js";import"./chunk-VEWV7W32.js";import"./chunk-ZUXZPUGD.js";import"./chunk-A43YM6C4.js";import"./chunk-2JTM6W57.js";import"./chunk-RZIO7NWT.js";import"./chunk-WYFMXGKN.js";import"./chunk-CJKZW6CF.js";export{c as checkShardReports,d as mergeShardReports,b as readReportPaths,a as reportFilesIn};
