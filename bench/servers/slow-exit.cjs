// Preloaded into a real server (node -r) to make it exit the way a busy one does: on SIGTERM it keeps serving and
// holds its listening socket for SLOW_EXIT_MS before it exits.
process.on('SIGTERM', () => setTimeout(() => process.exit(0), Number(process.env.SLOW_EXIT_MS ?? 1000)));
