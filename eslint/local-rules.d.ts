import type { Rule } from 'eslint';

declare const local: { rules: Record<'import-specifier' | 'no-react-in-build', Rule.RuleModule> };
export default local;
