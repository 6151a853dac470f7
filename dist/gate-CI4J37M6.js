import { createRequire as __pgCreateRequire } from 'node:module';
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
const require = __pgCreateRequire(import.meta.url);
const __pgFilename = __pgFileURLToPath(import.meta.url);
const __pgDirname = __pgFileURLToPath(new URL('.', import.meta.url));
const __pgLhUrl = (rel) => new URL('./lh/' + rel, import.meta.url).href;
const __pgLhPath = (rel) => __pgFileURLToPath(__pgLhUrl(rel));
import{b as a}from"./chunk-IYKHHOVL.js";import"./chunk-URPQPQUT.js";import"./chunk-ILGLK3H6.js";import"./chunk-CHT6EU6J.js";import"./chunk-GPRQRJXS.js";import"./chunk-HBRJUD7T.js";import"./chunk-2TGJSTM7.js";import"./chunk-NFSELXJB.js";import"./chunk-LYPJD2FQ.js";import"./chunk-TA3GTL7Y.js";import"./chunk-ZBYI2PGI.js";import"./chunk-TOH53E67.js";import"./chunk-UYXR6BY3.js";import"./chunk-2KLZ7TAC.js";import"./chunk-73DWSECL.js";import"./chunk-VEWV7W32.js";import"./chunk-2H5ACWDW.js";import"./chunk-A43YM6C4.js";import"./chunk-3HUK6GKB.js";import"./chunk-UY3WZ4RP.js";import"./chunk-J25HUQUG.js";import"./chunk-7OLNBSXZ.js";import"./chunk-CJKZW6CF.js";export{a as runGate};
