/**
 * A commander action whose implementation module is loaded only when the command runs. Command
 * files then import commander and small modules only, so `remit --help` and every command start
 * without loading the server; the command that runs loads what it needs.
 *
 * `lazy(() => import('./x.run.js'), 'name')` calls the module's export `name` with commander's
 * action arguments (positional arguments, then the options); a missing export is a type error.
 */
export function lazy<M, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
): (...args: M[K] extends (...a: infer A) => unknown ? A : never) => Promise<void> {
  return async (...args) => {
    const action = (await load())[name] as unknown as (...a: typeof args) => unknown;
    await action(...args);
  };
}
