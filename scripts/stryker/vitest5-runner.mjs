// Stryker's Vitest runner, adapted to Vitest 5 (a local plugin; node_modules stays untouched).
// Two incompatibilities in @stryker-mutator/vitest-runner 9.6.1 make every mutant "survive" under Vitest 5:
//  1. The per-test filter joins a test's suite chain with spaces; Vitest 5 matches `testNamePattern` against the
//     chain joined with " > ", so the filter selects no test (stryker-js#6210). Here a space matches either.
//  2. After the first run, `related` file lookup finds no test file, so later mutant runs execute nothing
//     (counted as survived, stryker-js#6213). Here a filtered run names its test files explicitly, without `related`.
// Remove this file (and the `plugins`/`testRunner` lines of stryker.config.mjs) once the runner supports Vitest 5.
import { declareFactoryPlugin, PluginKind, commonTokens, tokens } from '@stryker-mutator/api/plugin';
import { INSTRUMENTER_CONSTANTS } from '@stryker-mutator/api/core';
import { DryRunStatus, TestStatus } from '@stryker-mutator/api/test-runner';
import { errorToString, escapeRegExp } from '@stryker-mutator/util';
import { VitestTestRunner } from '../../node_modules/@stryker-mutator/vitest-runner/dist/src/vitest-test-runner.js';
import {
  collectTestsFromSuite, convertTestToTestResult, fromTestId, isErrorCodeError, VITEST_ERROR_CODES,
} from '../../node_modules/@stryker-mutator/vitest-runner/dist/src/vitest-helpers.js';

class Vitest5TestRunner extends VitestTestRunner {
  async run(options = {}) {
    const { testIds = [] } = options;
    if (testIds.length === 0) return super.run(options);
    this.resetContext();
    this.ctx.config.related = undefined;
    const parsed = testIds.map(fromTestId);
    const files = [...new Set(parsed.map(({ file }) => file))];
    const pattern = parsed.map(({ test }) => escapeRegExp(test).replaceAll(' ', '(?: | > )')).join('|');
    const regex = new RegExp(`^(?:${pattern})$`);
    for (const project of this.ctx.projects) project.config.testNamePattern = regex;
    try {
      await this.ctx.start(files);
    } catch (error) {
      if (!isErrorCodeError(error) || error.code !== VITEST_ERROR_CODES.FILES_NOT_FOUND) throw error;
    }
    const tests = this.ctx.state.getFiles().flatMap((file) => collectTestsFromSuite(file)).filter((test) => test.result);
    const results = tests.map(convertTestToTestResult);
    const failed = results.some((r) => r.status === TestStatus.Failed);
    if (!failed && this.ctx.state.errorsSet.size > 0) {
      return { status: DryRunStatus.Error, errorMessage: `An error occurred outside of a test run: ${[...this.ctx.state.errorsSet].map(errorToString).join('\n')}` };
    }
    if (!failed && results.length === 0) {
      // A filtered run that ran nothing proves nothing: report it instead of scoring a survivor.
      return { status: DryRunStatus.Error, errorMessage: `No test ran for filter ${regex.source.slice(0, 200)}` };
    }
    return { tests: results, status: DryRunStatus.Complete };
  }
}

function createRunner(injector) {
  return injector.provideValue('globalNamespace', INSTRUMENTER_CONSTANTS.NAMESPACE).injectClass(Vitest5TestRunner);
}
createRunner.inject = tokens(commonTokens.injector);

export const strykerPlugins = [declareFactoryPlugin(PluginKind.TestRunner, 'vitest5', createRunner)];
