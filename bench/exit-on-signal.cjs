// Loaded with --require when the benchmark profiles the app (--profile): Node writes a
// --cpu-prof profile only on a normal exit, and a signal would end the server without one.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
