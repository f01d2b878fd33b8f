// What docs/ci.md promises for code scanning: the e2e project linted with the newest peers and
// @microsoft/eslint-formatter-sarif gives a SARIF 2.1.0 log whose results are the reports the
// project's markers name (those of the JSON formatter), and whose rules carry a helpUri: the rule's page in the repository named by
// package.json, a page the tarball ships.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { rules } from '../../src/rules/index.js';
import { expectedReports } from './support/lint-results.js';
import { run } from './support/run.js';
import { eslintBin, newestCombo, rootPackage, workspace } from './support/workspace.js';

interface SarifLog {
  readonly version: string;
  readonly $schema: string;
  readonly runs: readonly {
    readonly tool: {
      readonly driver: {
        readonly name: string;
        readonly rules?: readonly {
          readonly id: string;
          readonly helpUri?: string;
          readonly shortDescription?: { readonly text: string };
        }[];
      };
    };
    readonly artifacts?: readonly { readonly location: { readonly uri: string } }[];
    readonly results: readonly {
      readonly ruleId: string;
      readonly ruleIndex: number;
      readonly level: string;
      readonly message: { readonly text: string };
      readonly locations: readonly {
        readonly physicalLocation: {
          readonly artifactLocation: { readonly uri: string; readonly index?: number };
          readonly region: { readonly startLine: number; readonly startColumn?: number };
        };
      }[];
    }[];
  }[];
}

const space = workspace();
const projectDir = newestCombo(space).dir;
const repositoryUrl = rootPackage.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
let sarif: SarifLog;
let jsonReports: string[] = [];
let exitCode: number | null = null;

beforeAll(async () => {
  const sarifFile = path.join(space.workDir, 'eslint.sarif');
  const lint = await run(
    eslintBin(projectDir),
    ['--format', '@microsoft/eslint-formatter-sarif', '--output-file', sarifFile, 'src'],
    projectDir,
  );
  exitCode = lint.code;
  sarif = JSON.parse(readFileSync(sarifFile, 'utf8')) as SarifLog;
  // What the JSON formatter reports in this project (packed.test.ts and matrix.test.ts hold it to the markers).
  jsonReports = expectedReports(projectDir);
});

describe('SARIF output for GitHub code scanning', () => {
  it('exits 1 as with the default formatter, and writes a SARIF 2.1.0 log with one run by ESLint', () => {
    expect(exitCode).toBe(1);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-(schema-)?2\.1\.0/);
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0]!.tool.driver.name).toBe('ESLint');
  });

  it('every result names a rule of the driver by index, an error level, a message and a location', () => {
    const run = sarif.runs[0]!;
    const driverRules = run.tool.driver.rules ?? [];
    expect(run.results.length).toBeGreaterThan(0);
    for (const result of run.results) {
      expect(driverRules[result.ruleIndex]?.id, JSON.stringify(result)).toBe(result.ruleId);
      expect(result.level).toBe('error');
      expect(result.message.text).toMatch(/\w/);
      expect(result.locations).toHaveLength(1);
      const location = result.locations[0]!.physicalLocation;
      expect(location.artifactLocation.uri).toMatch(/^file:\/\/.+\.ts$/);
      expect(location.region.startLine).toBeGreaterThan(0);
    }
  });

  it('the results are the reports the `// expect:` markers name, as with the JSON formatter', () => {
    const fromSarif = sarif.runs[0]!.results.map((result) => {
      const location = result.locations[0]!.physicalLocation;
      const file = path.relative(projectDir, new URL(location.artifactLocation.uri).pathname).split(path.sep).join('/');
      return `${file}:${location.region.startLine}:${result.ruleId}`;
    });
    expect([...new Set(fromSarif)].sort()).toEqual(jsonReports);
  });

  it("each reported rule's helpUri is its page in the repository of package.json, and the tarball ships that page", () => {
    const driverRules = sarif.runs[0]!.tool.driver.rules ?? [];
    const reported = driverRules.filter((rule) => rule.id.startsWith('http-hygiene/'));
    expect(reported.length).toBeGreaterThan(0);
    for (const rule of reported) {
      const name = rule.id.slice('http-hygiene/'.length);
      expect(Object.keys(rules)).toContain(name);
      expect(rule.helpUri).toBe(`${repositoryUrl}/blob/main/docs/rules/${name}.md`);
      expect(rule.shortDescription?.text).toMatch(/\w/);
      expect(space.tarballFiles).toContain(`docs/rules/${name}.md`);
    }
  });
});
