import { createRequire as __pgCreateRequire } from 'node:module';
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
const require = __pgCreateRequire(import.meta.url);
const __pgFilename = __pgFileURLToPath(import.meta.url);
const __pgDirname = __pgFileURLToPath(new URL('.', import.meta.url));
const __pgLhUrl = (rel) => new URL('./lh/' + rel, import.meta.url).href;
const __pgLhPath = (rel) => __pgFileURLToPath(__pgLhUrl(rel));
var e={durationMs:1e4,warmupMs:2e3,connections:10,samples:10,minSamples:4,timeoutMs:1e4,maxBodyBytes:10485760},t={measureBelowMs:1,within:2,durationMs:1e3,warmupMs:200},s={durationMs:200,warmupMs:50,within:1.5,freeShareExponent:3,busiest:.6,busyShown:.1},o={readyTimeoutMs:3e4,stopTimeoutMs:5e3,stopCommandMs:3e4,setupMs:3e5,portEnv:"PORT",scrapeTimeoutMs:5e3},r={preset:"mobile",throttling:"simulate",runs:{min:2,max:5},categories:["performance"],setupMs:3e4,flowStepMs:1e4},a=20,n="error-rate < 1%",u=5,c={percent:10,absolute:.5,source:"+10% or +0.5 (default)"},p={percent:10,absolute:100,source:"+10% or +100B (default)"},i={timeBudgetMs:12e4,maxSamplesPerMin:8},l={when:"suspicious",durationMs:1e4},m={capacity:{from:10,to:1e4,probeMs:5e3,resolutionPercent:5,repeats:3,timeBudgetMs:12e4,objective:"error-rate < 1%"},spike:{factor:5,beforeMs:1e4,durationMs:5e3,afterMs:2e4,bandPercent:25},soak:{windowMs:1e4}};export{e as a,t as b,s as c,o as d,r as e,a as f,n as g,u as h,c as i,p as j,i as k,l,m};
