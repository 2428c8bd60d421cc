import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

// axe-core's own build, evaluated in the page: extension pages forbid inline <script> tags (CSP script-src 'self').
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeProblem {
  rule: string;
  impact: string;
  help: string;
  nodes: string[];
}

interface AxeRule {
  id: string;
  impact?: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

interface AxeRun {
  axe: {
    run(context: unknown, options: object): Promise<{ violations: AxeRule[]; passes: AxeRule[] }>;
  };
}

/**
 * axe-core's serious and critical violations (WCAG 2.x A and AA, and axe's best practices) on a page, or inside the
 * shadow root of `shadowHost` (the sidebar): the empty list is the goal.
 */
export async function seriousAxeViolations(page: Page, shadowHost?: string): Promise<AxeProblem[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (host) => {
    const { axe } = window as unknown as AxeRun;
    // The shadow host's selector: axe takes in its open shadow root and what is inside.
    const context = host ? { include: [[host]] } : document;
    const { violations, passes } = await axe.run(context, { iframes: false });
    // A selector that matched nothing would make an empty, meaningless report.
    if (passes.reduce((n, rule) => n + rule.nodes.length, 0) === 0) throw new Error(`axe examined nothing (${host})`);
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        rule: v.id,
        impact: v.impact ?? '',
        help: v.help,
        nodes: v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`),
      }));
  }, shadowHost);
}
