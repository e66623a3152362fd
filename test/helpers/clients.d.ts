// Type declarations for test clients that ship none.
declare module 'datapackage' {
  export const Package: { load(descriptor: string, options?: { strict?: boolean }): Promise<any> };
}
declare module 'vnu-jar' {
  /** The path of vnu.jar. */
  const jar: string;
  export default jar;
}
