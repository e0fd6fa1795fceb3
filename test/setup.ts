import 'reflect-metadata';

// With two cores Jest runs every file in one process, so a rejected promise nobody awaits (seen once under load on
// Neo4j: a read's 1.9 s deadline) would end the whole run and hide every later result. Log it loudly instead; the
// test that owns the promise still fails on its own assertions. Installed once per process, not once per file.
const marker = Symbol.for('kb.test.unhandledRejectionLogger');
const processWithMarker = process as NodeJS.Process & { [marker]?: true };
if (!processWithMarker[marker]) {
  processWithMarker[marker] = true;
  process.on('unhandledRejection', (reason) => {
    console.error('unhandled rejection (a promise nobody awaited):', reason);
  });
}
