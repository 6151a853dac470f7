import { createRequire as __pgCreateRequire } from 'node:module';
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
const require = __pgCreateRequire(import.meta.url);
const __pgFilename = __pgFileURLToPath(import.meta.url);
const __pgDirname = __pgFileURLToPath(new URL('.', import.meta.url));
const __pgLhUrl = (rel) => new URL('./lh/' + rel, import.meta.url).href;
const __pgLhPath = (rel) => __pgFileURLToPath(__pgLhUrl(rel));
import{d as l}from"./chunk-2BJIOLTX.js";import{e as f,k as u}from"./chunk-PIPSOJ4J.js";import{a as i}from"./chunk-CJKZW6CF.js";import d from"node:path";function m(s,t){let e=d.resolve(t,s),r=u(e);if(!r.ok)return{ok:!1,reason:r.code==="ENOENT"?`there is no file ${e}`:`${e} cannot be read (${r.code})`};try{return l(JSON.parse(r.text))}catch(o){return{ok:!1,reason:`${e} is not JSON (${f(o)})`}}}i(m,"readBaselineFile");function $(s,t){return async()=>{let[e,...r]=s,o=m(e,t);if(!o.ok)return{ok:!1,reason:o.reason,source:e};let a=[],p=[];for(let c of r){let n=m(c,t);n.ok?a.push(n.report):p.push(`stored run ${c} left out: ${n.reason}`)}return{ok:!0,report:o.report,info:{source:e},history:a,warnings:p}}}i($,"baselineFromFiles");export{m as a,$ as b};
