// @ts-check
// Prints a runner result like mocha's spec reporter, ending with "N passed, N failed" alone on a line.
export function printSuiteResult(result, { title = 'integration' } = {}) {
  const tests = result.tests || [];
  console.log(`\n${title} tests in VS Code ${result.vscodeVersion || '?'}:`);
  for (const t of tests) {
    const mark = t.state === 'passed' ? '  ✔' : t.state === 'failed' ? '  ✘' : '  -';
    const ms = typeof t.durationMs === 'number' ? ` (${t.durationMs} ms)` : '';
    console.log(`${mark} ${t.title}${t.state === 'pending' ? ' (skipped)' : ms}`);
  }
  const failures = tests.filter((t) => t.state === 'failed');
  failures.forEach((t, i) => {
    console.log(`\n  ${i + 1}) ${t.title}:\n     ${(t.error && t.error.message || 'failed').split('\n').join('\n     ')}`);
    if (t.error && t.error.expected !== undefined) console.log(`     expected: ${t.error.expected}\n     actual:   ${t.error.actual}`);
    const stack = t.error && t.error.stack ? t.error.stack.split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 4) : [];
    if (stack.length) console.log(stack.map((l) => `     ${l.trim()}`).join('\n'));
  });
  if (result.error && !failures.length) console.log(`\n  suite error: ${result.error.message}${result.error.stack ? `\n${result.error.stack.split('\n').slice(1, 6).join('\n')}` : ''}`);
  if (!tests.length) console.log('\n  no test was executed');
  const passed = tests.filter((t) => t.state === 'passed').length;
  const failed = failures.length + (result.ok ? 0 : failures.length ? 0 : 1);
  const skipped = tests.filter((t) => t.state === 'pending').length;
  console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  return result.ok && failed === 0;
}
