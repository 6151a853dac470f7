#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
const require = __pgCreateRequire(import.meta.url);
const __pgFilename = __pgFileURLToPath(import.meta.url);
const __pgDirname = __pgFileURLToPath(new URL('.', import.meta.url));
const __pgLhUrl = (rel) => new URL('./lh/' + rel, import.meta.url).href;
const __pgLhPath = (rel) => __pgFileURLToPath(__pgLhUrl(rel));
import{A as k,B as I,C as L,D as F,E as O,F as P,G as S,R as g,T as j,U as R,V as T,a as l,b as d,c as h,l as b,p as w,t as $,v as C,w as x,x as y,y as v,z as E}from"./chunk-5CACACP7.js";import{a as u}from"./chunk-ME67KXZ4.js";import H from"node:path";import{parseArgs as B}from"node:util";function m(t,e){let o=t[0]?.map((s,c)=>Math.max(...t.map(i=>[...i[c]??""].length)))??[];return t.map(s=>s.map((c,i)=>e.has(i)?c.padStart(o[i]??0):c.padEnd(o[i]??0)).join("  ").trimEnd())}u(m,"table");function A(t){let e=[],o=t.targets.filter(n=>n.kind==="endpoint");if(o.length>0){let n=k(o),r=[["endpoint",...n,"samples"]];for(let a of o)r.push([a.name,...I(a,n),O(a)]);e.push(...m(r,new Set(r[0]?.map((a,p)=>p).slice(1))),"")}let s=t.targets.filter(n=>n.kind==="page");if(s.length>0){let n=[["page",...L,"runs"]];for(let r of s)n.push([r.name,...F(r),P(r)]);e.push(...m(n,new Set(n[0]?.map((r,a)=>a).slice(1))),"")}if(t.checks.length>0){let n=[["","target","metric","budget","actual"]];for(let r of v(t.checks))n.push([r.outcome==="pass"?"ok":"FAIL",r.target,r.metric,E(r),w(r.actual,r.unit)]);e.push(...m(n,new Set([4])),"")}let c=x(t);c&&e.push(c);let i=y(t);if(i&&e.push(i),t.comparisons.length>0){let n=[["target","metric","allowed","base","head","\u0394","\u0394 %","interval of \u0394","verdict"]];for(let r of t.comparisons)n.push([r.target,r.metric,...C(r)]);e.push(...m(n,new Set([3,4,5,6])),"")}else c&&e.push("");for(let n of t.targets.filter(r=>r.status==="error"))e.push(`error in ${n.name}: ${n.error??"unknown"}`);for(let n of t.errors)e.push(`error: ${n}`);return e.push(`perf-gate: ${t.verdict.toUpperCase()} \u2014 ${$(t)}`,S(t),""),e.join(`
`)}u(A,"renderTerminal");var q=`Usage: perf-gate run [--config FILE] [--out DIR] [--baseline FILE] [--chrome-path PATH]

Boots the app a budget file describes, loads its endpoints, audits its pages and checks the budgets.

Options:
  -c, --config FILE     budget file, YAML or JSON (default: perf-budget.yml)
  -o, --out DIR         report directory (default: perf-gate-report)
      --chrome-path P   Chrome or Chromium for page audits (default: CHROME_PATH, else found)
  -b, --baseline FILE   an earlier report.json to hold the relative rules against; repeat it
                        with more stored runs of the base to measure run-to-run noise
  -q, --quiet           no progress lines, only the result
  -h, --help          this help
  -v, --version       perf-gate's version

Exit codes: 0 all budgets met, 1 a budget failed, 2 bad budget file or usage, 3 the run could not complete.`,_={config:{type:"string",short:"c",default:"perf-budget.yml"},out:{type:"string",short:"o",default:"perf-gate-report"},"chrome-path":{type:"string"},baseline:{type:"string",short:"b",multiple:!0},quiet:{type:"boolean",short:"q",default:!1},help:{type:"boolean",short:"h",default:!1},version:{type:"boolean",short:"v",default:!1}},f=class extends d{static{u(this,"UsageError")}constructor(e){super(`${e}
${q.split(`
`)[0]}`,l.config)}},U={out:u(t=>process.stdout.write(t),"out"),err:u(t=>process.stderr.write(t),"err"),cwd:process.cwd()};async function G(t,e=U){try{return await V(t,e)}catch(o){return o instanceof h?(e.err(o.lines.map(s=>`perf-gate: ${s}
`).join("")),o.exitCode):o instanceof d?(e.err(`perf-gate: ${o.message}
`),o.exitCode):(e.err(`perf-gate: internal error: ${o instanceof Error?o.message:String(o)}
`),process.env.PERF_GATE_DEBUG&&e.err(`${o instanceof Error?o.stack:""}
`),l.run)}}u(G,"runCli");async function V(t,e){let o;try{o=B({args:t,options:_,allowPositionals:!0,strict:!0})}catch(a){let p=/'(-{1,2}[\w-]+)'/.exec(a.message)?.[1],D=Object.keys(_).map(M=>`--${M}`);throw new f(p?`unknown option '${p}'${g(p,D)}`:a.message)}let{values:s,positionals:c}=o;if(s.help)return e.out(`${q}
`),l.pass;if(s.version)return e.out(`${j}
`),l.pass;let[i,...n]=c;if(i!=="run")throw new f(i?`unknown command '${i}'${g(i,["run"])}; expected 'run'`:"expected a command: 'run'");if(n.length>0)throw new f(`unexpected argument '${n[0]}'`);let r=b();try{let a=await T({config:s.config,outDir:s.out,cwd:e.cwd,signal:r.signal,...s["chrome-path"]&&{chromePath:s["chrome-path"]},...s.baseline?.length&&{baseline:R(s.baseline,e.cwd)},log:{info:u(p=>s.quiet||e.err(`${p}
`),"info"),warn:u(p=>e.err(`warning: ${p}
`),"warn")}});e.out(A(a.report)),e.err(`report: ${a.paths.json}
`);for(let p of a.report.targets)p.page?.artifacts&&e.err(`lighthouse report for ${p.name}: ${H.join(a.paths.dir,p.page.artifacts.html)}
`);return r.exitCode()??a.exitCode}finally{r.dispose()}}u(V,"main");process.exitCode=await G(process.argv.slice(2));
