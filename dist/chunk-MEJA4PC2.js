import { createRequire as __pgCreateRequire } from 'node:module';
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
const require = __pgCreateRequire(import.meta.url);
const __pgFilename = __pgFileURLToPath(import.meta.url);
const __pgDirname = __pgFileURLToPath(new URL('.', import.meta.url));
const __pgLhUrl = (rel) => new URL('./lh/' + rel, import.meta.url).href;
const __pgLhPath = (rel) => __pgFileURLToPath(__pgLhUrl(rel));
import{a as n}from"./chunk-CJKZW6CF.js";var t={SIGINT:2,SIGTERM:15};function d(){let o=new AbortController,s,i=Object.keys(t).map(e=>{let r=n(()=>{s&&process.exit(128+t[e]),s=e,o.abort(e)},"handler");return process.on(e,r),[e,r]});return{signal:o.signal,exitCode:n(()=>s?128+t[s]:void 0,"exitCode"),dispose:n(()=>i.forEach(([e,r])=>process.off(e,r)),"dispose")}}n(d,"listenForInterrupts");export{d as a};
