import { createRequire as __pgCreateRequire } from 'node:module';
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
const require = __pgCreateRequire(import.meta.url);
const __pgFilename = __pgFileURLToPath(import.meta.url);
const __pgDirname = __pgFileURLToPath(new URL('.', import.meta.url));
const __pgLhUrl = (rel) => new URL('./lh/' + rel, import.meta.url).href;
const __pgLhPath = (rel) => __pgFileURLToPath(__pgLhUrl(rel));
import{a as f}from"./chunk-WTCSGGSA.js";import{a as d}from"./chunk-VEWV7W32.js";import{c as l,e as c}from"./chunk-A43YM6C4.js";import{a as i}from"./chunk-CJKZW6CF.js";import h from"node:path";function u(a,s){let t=h.resolve(s,a),r=d(t);if(!r.ok)return{ok:!1,reason:r.code==="ENOENT"?`there is no file ${t}`:`${t} cannot be read (${r.code})`};try{return f(JSON.parse(r.text))}catch(o){return{ok:!1,reason:`${t} is not JSON (${c(o)})`}}}i(u,"readBaselineFile");function x(a,s,t="--baseline"){let r=a.map(e=>({file:e,read:u(e,s)})),o=r.flatMap(({file:e,read:n})=>n.ok?[]:[`${t} ${e}: ${n.reason}; expected the report.json of an earlier perf-gate run`]);if(o.length>0)throw new l(o);let[p,...m]=r.map(({file:e,read:n})=>({file:e,report:n.report}));return async()=>({ok:!0,report:p.report,info:{source:p.file},history:m.map(e=>e.report),warnings:[]})}i(x,"baselineFromFiles");export{u as a,x as b};
