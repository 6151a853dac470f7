#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
const require = __pgCreateRequire(import.meta.url);
const __pgFilename = __pgFileURLToPath(import.meta.url);
const __pgDirname = __pgFileURLToPath(new URL('.', import.meta.url));
const __pgLhUrl = (rel) => new URL('./lh/' + rel, import.meta.url).href;
const __pgLhPath = (rel) => __pgFileURLToPath(__pgLhUrl(rel));
import{a as l,b as m,c as h,d as b,e as w,f as $,g as C,h as x,i as y,j as v,k as E,l as k,m as I,n as F,o as L,p as O,r as d,s as P,t as S,u as j}from"./chunk-2XF4C3HM.js";import{a as i}from"./chunk-ME67KXZ4.js";import D from"node:path";import{parseArgs as M}from"node:util";function g(r,t){let o=r[0]?.map((s,p)=>Math.max(...r.map(e=>[...e[p]??""].length)))??[];return r.map(s=>s.map((p,e)=>t.has(e)?p.padStart(o[e]??0):p.padEnd(o[e]??0)).join("  ").trimEnd())}i(g,"table");function R(r){let t=[],o=r.targets.filter(e=>e.kind==="endpoint");if(o.length>0){let e=[["endpoint",...E,"samples"]];for(let n of o)e.push([n.name,...k(n),String(n.endpoint?.bursts.length??0)]);t.push(...g(e,new Set(e[0]?.map((n,u)=>u).slice(1))),"")}let s=r.targets.filter(e=>e.kind==="page");if(s.length>0){let e=[["page",...I,"runs"]];for(let n of s)e.push([n.name,...F(n),L(n)]);t.push(...g(e,new Set(e[0]?.map((n,u)=>u).slice(1))),"")}if(r.checks.length>0){let e=[["","target","metric","budget","actual"]];for(let n of y(r.checks))e.push([n.outcome==="pass"?"ok":"FAIL",n.target,n.metric,v(n),w(n.actual,n.unit)]);t.push(...g(e,new Set([4])),"")}let p=x(r);if(p&&t.push(p),r.comparisons.length>0){let e=[["target","metric","allowed","base","head","\u0394","\u0394 %","interval of \u0394","verdict"]];for(let n of r.comparisons)e.push([n.target,n.metric,...C(n)]);t.push(...g(e,new Set([3,4,5,6])),"")}else p&&t.push("");for(let e of r.targets.filter(n=>n.status==="error"))t.push(`error in ${e.name}: ${e.error??"unknown"}`);for(let e of r.errors)t.push(`error: ${e}`);return t.push(`perf-gate: ${r.verdict.toUpperCase()} \u2014 ${$(r)}`,O(r),""),t.join(`
`)}i(R,"renderTerminal");var A=`Usage: perf-gate run [--config FILE] [--out DIR] [--baseline FILE] [--chrome-path PATH]

Boots the app a budget file describes, loads its endpoints, audits its pages and checks the budgets.

Options:
  -c, --config FILE     budget file, YAML or JSON (default: perf-budget.yml)
  -o, --out DIR         report directory (default: perf-gate-report)
      --chrome-path P   Chrome or Chromium for page audits (default: CHROME_PATH, else found)
  -b, --baseline FILE   an earlier report.json to hold the relative rules against
  -q, --quiet           no progress lines, only the result
  -h, --help          this help
  -v, --version       perf-gate's version

Exit codes: 0 all budgets met, 1 a budget failed, 2 bad budget file or usage, 3 the run could not complete.`,T={config:{type:"string",short:"c",default:"perf-budget.yml"},out:{type:"string",short:"o",default:"perf-gate-report"},"chrome-path":{type:"string"},baseline:{type:"string",short:"b"},quiet:{type:"boolean",short:"q",default:!1},help:{type:"boolean",short:"h",default:!1},version:{type:"boolean",short:"v",default:!1}},f=class extends m{static{i(this,"UsageError")}constructor(t){super(`${t}
${A.split(`
`)[0]}`,l.config)}},H={out:i(r=>process.stdout.write(r),"out"),err:i(r=>process.stderr.write(r),"err"),cwd:process.cwd()};async function _(r,t=H){try{return await B(r,t)}catch(o){return o instanceof h?(t.err(o.lines.map(s=>`perf-gate: ${s}
`).join("")),o.exitCode):o instanceof m?(t.err(`perf-gate: ${o.message}
`),o.exitCode):(t.err(`perf-gate: internal error: ${o instanceof Error?o.message:String(o)}
`),process.env.PERF_GATE_DEBUG&&t.err(`${o instanceof Error?o.stack:""}
`),l.run)}}i(_,"runCli");async function B(r,t){let o;try{o=M({args:r,options:T,allowPositionals:!0,strict:!0})}catch(c){let a=/'(-{1,2}[\w-]+)'/.exec(c.message)?.[1],q=Object.keys(T).map(G=>`--${G}`);throw new f(a?`unknown option '${a}'${d(a,q)}`:c.message)}let{values:s,positionals:p}=o;if(s.help)return t.out(`${A}
`),l.pass;if(s.version)return t.out(`${P}
`),l.pass;let[e,...n]=p;if(e!=="run")throw new f(e?`unknown command '${e}'${d(e,["run"])}; expected 'run'`:"expected a command: 'run'");if(n.length>0)throw new f(`unexpected argument '${n[0]}'`);let u=b();try{let c=await j({config:s.config,outDir:s.out,cwd:t.cwd,signal:u.signal,...s["chrome-path"]&&{chromePath:s["chrome-path"]},...s.baseline&&{baseline:S(s.baseline,t.cwd)},log:{info:i(a=>s.quiet||t.err(`${a}
`),"info"),warn:i(a=>t.err(`warning: ${a}
`),"warn")}});t.out(R(c.report)),t.err(`report: ${c.paths.json}
`);for(let a of c.report.targets)a.page?.artifacts&&t.err(`lighthouse report for ${a.name}: ${D.join(c.paths.dir,a.page.artifacts.html)}
`);return u.exitCode()??c.exitCode}finally{u.dispose()}}i(B,"main");process.exitCode=await _(process.argv.slice(2));
