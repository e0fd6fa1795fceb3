/* global process, global */
// Preloaded into the server by the soak (node --expose-gc --require): on SIGUSR2, collect garbage and print the heap
// still in use, which shows a leak more plainly than resident memory (the heap's size follows the load).
process.on('SIGUSR2', () => {
  if (typeof global.gc === 'function') global.gc();
  const { heapUsed } = process.memoryUsage();
  process.stdout.write(`heap-after-gc ${(heapUsed / 1024 / 1024).toFixed(1)}\n`);
});
