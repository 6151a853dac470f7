import { createRequire as __pgCreateRequire } from 'node:module';
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
const require = __pgCreateRequire(import.meta.url);
const __pgFilename = __pgFileURLToPath(import.meta.url);
const __pgDirname = __pgFileURLToPath(new URL('.', import.meta.url));
const __pgLhUrl = (rel) => new URL('./lh/' + rel, import.meta.url).href;
const __pgLhPath = (rel) => __pgFileURLToPath(__pgLhUrl(rel));
import{a as i}from"./chunk-CJKZW6CF.js";import{execFileSync as e}from"node:child_process";function r(n,t){return e("git",t,{cwd:n,encoding:"utf8",timeout:3e4,stdio:["ignore","pipe","pipe"]}).trim()}i(r,"git");function o(n,t){try{return r(n,t)||void 0}catch{return}}i(o,"gitAnswer");export{r as a,o as b};
