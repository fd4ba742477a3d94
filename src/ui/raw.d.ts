/** `import text from './file.css?raw'`: the file's text (Vite in tests, build/build.mjs's raw plugin in the build). */
declare module '*.css?raw' {
  const text: string;
  export default text;
}
