// A static export, served by the test server from where it is built. The app is its own root: the
// repository's lockfile above it is not the app's.
export default {
  output: 'export',
  basePath: '/tests/sites/next/out',
  trailingSlash: true,
  turbopack: { root: import.meta.dirname },
};
