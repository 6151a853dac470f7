#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
const require = __pgCreateRequire(import.meta.url);
const __pgFilename = __pgFileURLToPath(import.meta.url);
const __pgDirname = __pgFileURLToPath(new URL('.', import.meta.url));
const __pgLhUrl = (rel) => new URL('./lh/' + rel, import.meta.url).href;
const __pgLhPath = (rel) => __pgFileURLToPath(__pgLhUrl(rel));
import{A as I,B as L,C as O,D as R,E as F,F as P,G as S,H as j,S as h,U as T,V as A,W as U,a as f,b as g,c as b,l as w,p as $,t as C,v as x,w as y,x as v,y as E,z as k}from"./chunk-AR2ACQUL.js";import{a as p}from"./chunk-ME67KXZ4.js";import H from"node:path";import{parseArgs as B}from"node:util";function d(r,e){let s=r[0]?.map((a,u)=>Math.max(...r.map(i=>[...i[u]??""].length)))??[];return r.map(a=>a.map((u,i)=>e.has(i)?u.padStart(s[i]??0):u.padEnd(s[i]??0)).join("  ").trimEnd())}p(d,"table");function _(r){let e=[],s=r.targets.filter(n=>n.kind==="endpoint");if(s.length>0){let n=I(s),t=[["endpoint",...n,"samples"]];for(let o of s)t.push([o.name,...L(o,n),F(o)]);e.push(...d(t,new Set(t[0]?.map((o,l)=>l).slice(1))),"")}let a=r.targets.filter(n=>n.kind==="page");if(a.length>0){let n=O(a),t=[["page",...n,"runs"]];for(let o of a)t.push([o.name,...R(o,n),P(o)]);e.push(...d(t,new Set(t[0]?.map((o,l)=>l).slice(1))),"")}if(r.checks.length>0){let n=[["","target","metric","budget","actual"]];for(let t of E(r.checks))n.push([t.outcome==="pass"?"ok":"FAIL",t.target,t.metric,k(t),$(t.actual,t.unit)]);e.push(...d(n,new Set([4])),"")}let u=y(r);u&&e.push(u);let i=v(r);if(i&&e.push(i),r.comparisons.length>0){let n=[["target","metric","allowed","base","head","\u0394","\u0394 %","interval of \u0394","verdict"]];for(let t of r.comparisons)n.push([t.target,t.metric,...x(t)]);e.push(...d(n,new Set([3,4,5,6])),"")}else u&&e.push("");for(let n of r.targets.filter(t=>t.status==="error"))e.push(`error in ${n.name}: ${n.error??"unknown"}`);for(let n of r.errors)e.push(`error: ${n}`);let c=S(r);return e.push(`perf-gate: ${r.verdict.toUpperCase()} \u2014 ${C(r)}`,...c?[c]:[],j(r),""),e.join(`
`)}p(_,"renderTerminal");var G=`Usage: perf-gate run [--config FILE] [--out DIR] [--baseline FILE] [--base-url URL] [--chrome-path PATH]

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

Exit codes: 0 all budgets met, 1 a budget failed, 2 bad budget file or usage, 3 the run could not complete.`,q={config:{type:"string",short:"c",default:"perf-budget.yml"},out:{type:"string",short:"o",default:"perf-gate-report"},"chrome-path":{type:"string"},"base-url":{type:"string"},baseline:{type:"string",short:"b",multiple:!0},quiet:{type:"boolean",short:"q",default:!1},help:{type:"boolean",short:"h",default:!1},version:{type:"boolean",short:"v",default:!1}},m=class extends g{static{p(this,"UsageError")}constructor(e){super(`${e}
${G.split(`
`)[0]}`,f.config)}},V={out:p(r=>process.stdout.write(r),"out"),err:p(r=>process.stderr.write(r),"err"),cwd:process.cwd()};async function D(r,e=V){try{return await Y(r,e)}catch(s){return s instanceof b?(e.err(s.lines.map(a=>`perf-gate: ${a}
`).join("")),s.exitCode):s instanceof g?(e.err(`perf-gate: ${s.message}
`),s.exitCode):(e.err(`perf-gate: internal error: ${s instanceof Error?s.message:String(s)}
`),process.env.PERF_GATE_DEBUG&&e.err(`${s instanceof Error?s.stack:""}
`),f.run)}}p(D,"runCli");async function Y(r,e){let s;try{s=B({args:r,options:q,allowPositionals:!0,strict:!0})}catch(t){let o=/'(-{1,2}[\w-]+)'/.exec(t.message)?.[1],l=Object.keys(q).map(M=>`--${M}`);throw new m(o?`unknown option '${o}'${h(o,l)}`:t.message)}let{values:a,positionals:u}=s;if(a.help)return e.out(`${G}
`),f.pass;if(a.version)return e.out(`${T}
`),f.pass;let[i,...c]=u;if(i!=="run")throw new m(i?`unknown command '${i}'${h(i,["run"])}; expected 'run'`:"expected a command: 'run'");if(c.length>0)throw new m(`unexpected argument '${c[0]}'`);let n=w();try{let t=await U({config:a.config,outDir:a.out,cwd:e.cwd,signal:n.signal,...a["chrome-path"]&&{chromePath:a["chrome-path"]},...a["base-url"]!==void 0&&{baseUrl:a["base-url"]},...a.baseline?.length&&{baseline:A(a.baseline,e.cwd)},log:{info:p(o=>a.quiet||e.err(`${o}
`),"info"),warn:p(o=>e.err(`warning: ${o}
`),"warn")}});e.out(_(t.report)),e.err(`report: ${t.paths.json}
`);for(let o of t.report.targets)o.page?.artifacts&&e.err(`lighthouse report for ${o.name}: ${H.join(t.paths.dir,o.page.artifacts.html)}
`);return n.exitCode()??t.exitCode}finally{n.dispose()}}p(Y,"main");process.exitCode=await D(process.argv.slice(2));
