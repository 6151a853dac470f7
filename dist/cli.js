#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
const require = __pgCreateRequire(import.meta.url);
const __pgFilename = __pgFileURLToPath(import.meta.url);
const __pgDirname = __pgFileURLToPath(new URL('.', import.meta.url));
const __pgLhUrl = (rel) => new URL('./lh/' + rel, import.meta.url).href;
const __pgLhPath = (rel) => __pgFileURLToPath(__pgLhUrl(rel));
import{A as I,B as O,C as R,D as F,E as P,F as S,G as j,H as T,I as A,K as U,V as b,X as _,Y as q,Z as G,a as f,b as h,c as w,l as $,p as C,t as x,v as y,w as v,x as E,y as L,z as k}from"./chunk-6WTYKPRD.js";import{a as p}from"./chunk-SN6JCVMC.js";import V from"node:path";import{parseArgs as Y}from"node:util";function d(r,e){let s=r[0]?.map((o,u)=>Math.max(...r.map(i=>[...i[u]??""].length)))??[];return r.map(o=>o.map((u,i)=>e.has(i)?u.padStart(s[i]??0):u.padEnd(s[i]??0)).join("  ").trimEnd())}p(d,"table");function D(r){let e=[],s=r.targets.filter(n=>n.kind==="endpoint");if(s.length>0){let n=I(s),t=[["endpoint",...n,"samples"]];for(let c of s)t.push([c.name,...O(c,n),S(c)]);let a=U(s);e.push(...d(t,new Set(t[0]?.map((c,g)=>g).slice(1))),...a,"")}let o=r.targets.filter(n=>n.kind==="page");if(o.length>0){let n=R(o),t=[["page",...n,"runs"]];for(let a of o)t.push([a.name,...P(a,n),j(a)]);e.push(...d(t,new Set(t[0]?.map((a,c)=>c).slice(1))),...F(o),"")}if(r.checks.length>0){let n=[["","target","metric","budget","actual"]];for(let t of L(r.checks))n.push([t.outcome==="pass"?"ok":"FAIL",t.target,t.metric,k(t),C(t.actual,t.unit)]);e.push(...d(n,new Set([4])),"")}let u=v(r);u&&e.push(u);let i=E(r);if(i&&e.push(i),r.comparisons.length>0){let n=[["target","metric","allowed","base","head","\u0394","\u0394 %","interval of \u0394","verdict"]];for(let t of r.comparisons)n.push([t.target,t.metric,...y(t)]);e.push(...d(n,new Set([3,4,5,6])),"")}else u&&e.push("");for(let n of r.targets.filter(t=>t.status==="error"))e.push(`error in ${n.name}: ${n.error??"unknown"}`);for(let n of r.errors)e.push(`error: ${n}`);let l=T(r);return e.push(`perf-gate: ${r.verdict.toUpperCase()} \u2014 ${x(r)}`,...l?[l]:[],A(r),""),e.join(`
`)}p(D,"renderTerminal");var H=`Usage: perf-gate run [--config FILE] [--out DIR] [--baseline FILE] [--base-url URL] [--chrome-path PATH]

Boots the app a budget file describes, loads its endpoints, audits its pages and checks the budgets.

Options:
  -c, --config FILE     budget file, YAML or JSON (default: perf-budget.yml)
  -o, --out DIR         report directory (default: perf-gate-report)
      --base-url URL    replaces the budget's app.baseUrl, e.g. a preview deployment
                        (a host that is not this machine needs app.remote in the budget)
      --chrome-path P   Chrome or Chromium for page audits (default: CHROME_PATH, else found)
  -b, --baseline FILE   an earlier report.json to hold the relative rules against; repeat it
                        with more stored runs of the base to measure run-to-run noise
  -q, --quiet           no progress lines, only the result
  -h, --help          this help
  -v, --version       perf-gate's version

Exit codes: 0 all budgets met, 1 a budget failed, 2 bad budget file or usage, 3 the run could not complete.`,M={config:{type:"string",short:"c",default:"perf-budget.yml"},out:{type:"string",short:"o",default:"perf-gate-report"},"chrome-path":{type:"string"},"base-url":{type:"string"},baseline:{type:"string",short:"b",multiple:!0},quiet:{type:"boolean",short:"q",default:!1},help:{type:"boolean",short:"h",default:!1},version:{type:"boolean",short:"v",default:!1}},m=class extends h{static{p(this,"UsageError")}constructor(e){super(`${e}
${H.split(`
`)[0]}`,f.config)}},J={out:p(r=>process.stdout.write(r),"out"),err:p(r=>process.stderr.write(r),"err"),cwd:process.cwd()};async function B(r,e=J){try{return await N(r,e)}catch(s){return s instanceof w?(e.err(s.lines.map(o=>`perf-gate: ${o}
`).join("")),s.exitCode):s instanceof h?(e.err(`perf-gate: ${s.message}
`),s.exitCode):(e.err(`perf-gate: internal error: ${s instanceof Error?s.message:String(s)}
`),process.env.PERF_GATE_DEBUG&&e.err(`${s instanceof Error?s.stack:""}
`),f.run)}}p(B,"runCli");async function N(r,e){let s;try{s=Y({args:r,options:M,allowPositionals:!0,strict:!0})}catch(t){let a=/'(-{1,2}[\w-]+)'/.exec(t.message)?.[1],c=Object.keys(M).map(g=>`--${g}`);throw new m(a?`unknown option '${a}'${b(a,c)}`:t.message)}let{values:o,positionals:u}=s;if(o.help)return e.out(`${H}
`),f.pass;if(o.version)return e.out(`${_}
`),f.pass;let[i,...l]=u;if(i!=="run")throw new m(i?`unknown command '${i}'${b(i,["run"])}; expected 'run'`:"expected a command: 'run'");if(l.length>0)throw new m(`unexpected argument '${l[0]}'`);let n=$();try{let t=await G({config:o.config,outDir:o.out,cwd:e.cwd,signal:n.signal,...o["chrome-path"]&&{chromePath:o["chrome-path"]},...o["base-url"]!==void 0&&{baseUrl:o["base-url"]},...o.baseline?.length&&{baseline:q(o.baseline,e.cwd)},log:{info:p(a=>o.quiet||e.err(`${a}
`),"info"),warn:p(a=>e.err(`warning: ${a}
`),"warn")}});e.out(D(t.report)),e.err(`report: ${t.paths.json}
`);for(let a of t.report.targets)a.page?.artifacts&&e.err(`lighthouse report for ${a.name}: ${V.join(t.paths.dir,a.page.artifacts.html)}
`);return n.exitCode()??t.exitCode}finally{n.dispose()}}p(N,"main");process.exitCode=await B(process.argv.slice(2));
