// Signs in to the example app before each Lighthouse run of a page behind the login (examples/perf-budget-login.yml).
// Lighthouse CI's puppeteerScript shape: (browser, context); perf-gate adds a fresh page and the budget's values.
export default async function login(browser, { page, target, values }) {
  await page.goto(new URL('/login', target.url).href);
  await page.type('input[name=user]', values.user);
  await page.type('input[name=password]', values.password);
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  console.log(`signed in as ${values.user}: ${new URL(page.url()).pathname}`);
}
