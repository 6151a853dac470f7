import { createRequire as __pgCreateRequire } from 'node:module';
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
const require = __pgCreateRequire(import.meta.url);
const __pgFilename = __pgFileURLToPath(import.meta.url);
const __pgDirname = __pgFileURLToPath(new URL('.', import.meta.url));
const __pgLhUrl = (rel) => new URL('./lh/' + rel, import.meta.url).href;
const __pgLhPath = (rel) => __pgFileURLToPath(__pgLhUrl(rel));
import{a,b,c,d}from"./chunk-OT5FYQM6.js";import"./chunk-A4443NLB.js";import"./chunk-DIQOWHXG.js";import"./chunk-KQJLQOM5.js";import"./chunk-VEWV7W32.js";import"./chunk-3FDGA3IL.js";import"./chunk-A43YM6C4.js";import"./chunk-VAM2CSZ2.js";import"./chunk-6252OAHX.js";import"./chunk-WYFMXGKN.js";import"./chunk-CJKZW6CF.js";export{c as checkShardReports,d as mergeShardReports,b as readReportPaths,a as reportFilesIn};
