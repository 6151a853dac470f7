// Its own module so the page auditor can tell a setup failure without loading Lighthouse.

/** A setup script or flow that could not run, threw, found no element for a step or overran its timeout: the page
 * fails at once, without the retries a flaky run gets (running it again gives the same answer). */
export class SetupFailure extends Error {
  override name = 'SetupFailure';
}
