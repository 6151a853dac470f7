import { createRequire as __pgCreateRequire } from 'node:module';
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
const require = __pgCreateRequire(import.meta.url);
const __pgFilename = __pgFileURLToPath(import.meta.url);
const __pgDirname = __pgFileURLToPath(new URL('.', import.meta.url));
const __pgLhUrl = (rel) => new URL('./lh/' + rel, import.meta.url).href;
const __pgLhPath = (rel) => __pgFileURLToPath(__pgLhUrl(rel));
import{a as e}from"./chunk-CJKZW6CF.js";var c={pass:0,failed:1,config:2,run:3},n=class extends Error{constructor(o,a){super(o);this.exitCode=a;this.name=new.target.name}exitCode;static{e(this,"PerfGateError")}},r=class extends n{constructor(o){super(o.join(`
`),c.config);this.lines=o}lines;static{e(this,"ConfigError")}},i=class extends n{static{e(this,"RunError")}constructor(s){super(s,c.run)}},x=e(t=>t instanceof Error?t.message:String(t),"messageOf"),p=e(t=>x(t).split(`
`)[0]??"","firstLineOf");export{c as a,n as b,r as c,i as d,x as e,p as f};
