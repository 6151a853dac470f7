import { createRequire as __pgCreateRequire } from 'node:module';
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
const require = __pgCreateRequire(import.meta.url);
const __pgFilename = __pgFileURLToPath(import.meta.url);
const __pgDirname = __pgFileURLToPath(new URL('.', import.meta.url));
const __pgLhUrl = (rel) => new URL('./lh/' + rel, import.meta.url).href;
const __pgLhPath = (rel) => __pgFileURLToPath(__pgLhUrl(rel));
import{a as u}from"./chunk-VNOUMK7H.js";import"./chunk-64DSIHWQ.js";import"./chunk-KQJLQOM5.js";import"./chunk-ZUXZPUGD.js";import"./chunk-A43YM6C4.js";import"./chunk-2JTM6W57.js";import"./chunk-RZIO7NWT.js";import"./chunk-WYFMXGKN.js";import{a as o}from"./chunk-CJKZW6CF.js";var r=o((t,n)=>t===null?"\u2013":n?`${t.toFixed(1)} pts`:`${t<10?t.toFixed(1):Math.round(t)}%`,"amount");function g(t,n,i){let c=["target","metric","rule today","A/A spread","caught from","suggested rule"],l=t.map(e=>{let s=e.rule.unit==="score",d=e.suggested!==e.rule.source;return[e.target,e.metric,e.rule.source,e.exact?"exact":r(e.spread,s),e.exact?"any change":r(e.detectable,s),e.exact?"(a count: as it is)":e.spread===null?"(too few runs)":d?e.suggested:`${e.suggested} (as it is)`]}),a=[`${i} A/A runs of this build on this machine:`,"",...u([c,...l],new Set([3,4])),""];return a.push("A/A spread: how far apart the run means land (\u03C3); the suggested rule allows 3\xB7\u221A2\xB7\u03C3, which two runs of one build","cross about once in 700; caught from: the change the suggested rule catches nearly every time."),n!==null&&a.push(`relative.runNoise: ${n}% (the between-run noise measured here; perf-gate assumes 5% without it)`),`${a.join(`
`)}
`}o(g,"renderCalibration");export{g as renderCalibration};
