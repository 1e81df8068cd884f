// jsonstat-toolkit ships no types; the tests read its objects loosely, as a client script would.
declare module 'jsonstat-toolkit' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const JSONstat: (input: unknown, options?: RequestInit) => Promise<any>;
  export default JSONstat;
}
