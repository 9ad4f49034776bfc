/** opencc-js's dictionaries: each a string of `source target` pairs joined by '|'. */
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
