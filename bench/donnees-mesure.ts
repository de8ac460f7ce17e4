/**
 * Preloaded with `node --import ./bench/donnees-mesure.ts <script>`: prints, when the process
 * ends, its wall time, CPU time and peak memory (process.resourceUsage), as one JSON line on
 * stderr prefixed with `MESURE `, for bench/donnees.ts.
 */
const debut = performance.now();
process.on('exit', () => {
  const u = process.resourceUsage();
  process.stderr.write(
    `MESURE ${JSON.stringify({ secondes: (performance.now() - debut) / 1000, cpuSecondes: (u.userCPUTime + u.systemCPUTime) / 1e6, memoireMaxMo: u.maxRSS / 1024 })}\n`,
  );
});
