// Prerendered at build time: no request data is read, so every request is served from the cache.
export default function ReferencePage() {
  return (
    <main>
      <h1>Reference page</h1>
      <p>A static page of a bare Next.js app, the yardstick for the benchmark.</p>
    </main>
  );
}
