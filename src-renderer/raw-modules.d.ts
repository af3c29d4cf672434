// Files bundled as text by Vite's `?raw` suffix (the shipped sample unit list).
declare module '*.csv?raw' {
  const text: string;
  export default text;
}
