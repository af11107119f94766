declare const __VUER_CLIENT_VERSION__: string;
declare module "*.woff2" {
  const url: string;
  export default url;
}
