// Compose starts the app as soon as the fake's container exists, not when it answers: wait for its health route
// (at most 60 s), then run the app.
const base = process.env.WIX_API_BASE ?? 'http://fake:8080';
const deadline = Date.now() + 60_000;
for (;;) {
  try {
    const res = await fetch(`${base}/_fake/health`, { signal: AbortSignal.timeout(2000) });
    if (res.ok) break;
  } catch {
    // not listening yet
  }
  if (Date.now() > deadline) {
    console.error(`the fake at ${base} did not answer /_fake/health within 60 s`);
    process.exit(1);
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
}
await import('./index.mjs');
