// How every browser test starts Debian's Chromium: headless, no sandbox (CI
// runs as root), and none of the background connections that this
// machine's closed network refuses. playwright-core gives each launch a fresh
// temporary profile.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
