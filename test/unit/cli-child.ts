/**
 * A real command-line process for the race and kill tests (`node out/test/unit/cli-child.js ARGS`):
 * the compiled CLI's main() with the entry point's handling of an internal error (exit 3).
 * With PA_REPEAT=N it runs the command N times in a row, `{i}` in the arguments replaced by the run
 * number, and exits with the highest code (two such processes are two writers racing N times).
 * Not a test file itself (no `.test` in the name).
 */
import { main } from '../../src/cli/main';

async function run(): Promise<number> {
  const repeat = Number(process.env.PA_REPEAT ?? '1');
  let worst = 0;
  for (let i = 0; i < repeat; i++) {
    const args = process.argv.slice(2).map((a) => a.replaceAll('{i}', String(i)));
    worst = Math.max(worst, await main(args));
  }
  return worst;
}

run().then(
  (code) => {
    process.exitCode = code;
  },
  (e: Error) => {
    process.stderr.write(`policy-annotator: internal error: ${e?.stack ?? e}\n`);
    process.exitCode = 3;
  },
);
