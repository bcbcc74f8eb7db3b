/** pdf-parse's entry file runs a self-test when loaded without a parent module; specs import its library file. */
declare module 'pdf-parse/lib/pdf-parse.js' {
  import pdfParse from 'pdf-parse';
  export default pdfParse;
}
