import rule from '../../src/rules/consume-response-body.js';
import { typedRuleTester } from '../rule-tester.js';

const ruleTester = typedRuleTester();

ruleTester.run('consume-response-body', rule, {
  valid: [
    `async function f(url: string) { const res = await fetch(url); return res.json(); }`,
  ],
  invalid: [
    {
      code: `
async function f(url: string) {
  const res = await fetch(url);
  if (!res.ok) throw new Error('bad ' + res.status);
  return res.json();
}`,
      errors: [{ messageId: 'leaks', line: 3, column: 21 }],
      output: `
async function f(url: string) {
  const res = await fetch(url);
  if (!res.ok) { await res.body?.cancel(); throw new Error('bad ' + res.status); }
  return res.json();
}`,
    },
  ],
});
