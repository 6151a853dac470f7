import { createRequire as __pgCreateRequire } from 'node:module';
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
const require = __pgCreateRequire(import.meta.url);
const __pgFilename = __pgFileURLToPath(import.meta.url);
const __pgDirname = __pgFileURLToPath(new URL('.', import.meta.url));
const __pgLhUrl = (rel) => new URL('./lh/' + rel, import.meta.url).href;
const __pgLhPath = (rel) => __pgFileURLToPath(__pgLhUrl(rel));
import{a,b,c,d}from"./chunk-5APNLFBA.js";import"./chunk-B7NI5EK6.js";import"./chunk-75K4LP4U.js";import"./chunk-73DWSECL.js";import"./chunk-VEWV7W32.js";import"./chunk-EYYQ3YW2.js";import"./chunk-A43YM6C4.js";import"./chunk-62KZW7FY.js";import"./chunk-UY3WZ4RP.js";import"./chunk-J25HUQUG.js";import"./chunk-CJKZW6CF.js";export{c as checkShardReports,d as mergeShardReports,b as readReportPaths,a as reportFilesIn};
