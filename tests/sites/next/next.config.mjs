// A static export, served by the test server from where it is built.
export default {
  output: 'export',
  basePath: '/tests/sites/next/out',
  trailingSlash: true,
};
