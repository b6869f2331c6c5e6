// The GEXF writer alone: the package's entry points also load a parser that needs DOMParser,
// which node lacks. The writer itself is plain JavaScript and runs in node and in browsers.
declare module 'graphology-gexf/common/writer.js' {
  import type { write } from 'graphology-gexf/browser'
  const writeGexf: typeof write
  export default writeGexf
}
